/**
 * Factories for integration and browser tests (STYLE.md): the same builders the demo seed uses,
 * so a test's proposal in a given status has every row that status implies.
 *
 *   const unit = await seedUnit(db, { name: "Sở Thử nghiệm" });
 *   const author = await seedUser(db, { unit, role: "PROPOSER" });
 *   const p = await seedProposal(db, { unit, author, status: "SUBMITTED" });
 */
export {
  MINIMAL_STORIES,
  seedCalendar,
  seedProposal,
  seedRegulationProfile,
  seedUnit,
  seedUser,
  TEST_PASSWORD,
  validPlan,
} from "../../prisma/seed/factories";
