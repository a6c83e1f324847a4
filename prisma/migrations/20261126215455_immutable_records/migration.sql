-- Records that must never change after they are written.
-- The audit log is append-only: the record that protects a cadre must not be edited afterwards.
-- The hash chain makes any edit *detectable* (npm run audit:verify); this trigger makes it
-- *refused* for the application's database role. A superuser can still disable it, which is
-- exactly the case the hash chain is for.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update_delete
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

-- A submitted revision is the exact text a decision approves (Art. 8): it never changes.
CREATE FUNCTION proposal_revision_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'ProposalRevision is immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER proposal_revision_no_update
  BEFORE UPDATE ON "ProposalRevision"
  FOR EACH ROW EXECUTE FUNCTION proposal_revision_immutable();
