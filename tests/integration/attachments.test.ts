import { createHash } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/server/audit";
import { db } from "@/server/db";
import { deleteAttachment } from "@/server/files/delete";
import { downloadHeaders } from "@/server/files/download";
import { withStorageEffects } from "@/server/files/effects";
import { asciiFileName, contentDisposition, normaliseFileName } from "@/server/files/file-name";
import { openAttachment } from "@/server/files/queries";
import { readAll } from "@/server/files/storage";
import { uploadAttachment } from "@/server/files/upload";
import { readUploadRequest } from "@/server/files/upload-request";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { mapError } from "@/server/usecase";
import { seedProposal } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

// ───────────── Tiny but real files, built here so the test shows what the detector needs ─────────────

const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.byteLength;
  }
  return out;
};
const u16 = (n: number) => new Uint8Array([n & 0xff, (n >>> 8) & 0xff]);
const u32le = (n: number) => new Uint8Array([n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff]);
const u32be = (n: number) => new Uint8Array([(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff]);

const PDF = ascii("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function pngChunk(type: string, data: Uint8Array) {
  const td = concat(ascii(type), data);
  return concat(u32be(data.byteLength), td, u32be(crc32(td)));
}
/** A 1×1 grey PNG: signature, IHDR, IDAT, IEND. */
const PNG = concat(
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pngChunk("IHDR", concat(u32be(1), u32be(1), new Uint8Array([8, 0, 0, 0, 0]))),
  pngChunk("IDAT", deflateSync(new Uint8Array([0, 0x80]))),
  pngChunk("IEND", new Uint8Array()),
);

/** SOI, a JFIF APP0 segment, EOI: enough for the magic bytes. */
const JPEG = concat(
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  ascii("JFIF\0"),
  new Uint8Array([1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
);

/** A zip with stored (uncompressed) entries. */
function zip(entries: Record<string, string>) {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const n = ascii(name);
    const data = ascii(text);
    const crc = crc32(data);
    const common = concat(u16(20), u16(0), u16(0), u16(0), u16(0), u32le(crc), u32le(data.byteLength), u32le(data.byteLength), u16(n.byteLength), u16(0));
    const local = concat(u32le(0x04034b50), common, n, data);
    centrals.push(concat(u32le(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32le(0), u32le(offset), n));
    locals.push(local);
    offset += local.byteLength;
  }
  const cd = concat(...centrals);
  const end = concat(u32le(0x06054b50), u16(0), u16(0), u16(centrals.length), u16(centrals.length), u32le(cd.byteLength), u32le(offset), u16(0));
  return concat(...locals, cd, end);
}
const contentTypes = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/main.xml" ContentType="${main}"/></Types>`;
const DOCX = zip({
  "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
  "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
});
const XLSX = zip({
  "[Content_Types].xml": contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
  "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
});
const DOCM = zip({
  "[Content_Types].xml": contentTypes("application/vnd.ms-word.document.macroEnabled.main+xml"),
  "word/document.xml": "<w:document/>",
});
const PLAIN_ZIP = zip({ "ghi-chu.txt": "xin chào" });
const EXE = concat(ascii("MZ"), new Uint8Array(62).fill(0), ascii("PE\0\0"), new Uint8Array(64).fill(1));
const TEXT = ascii("Đây là một tệp văn bản thường, không phải PDF.\n");

// ───────────── Setup ─────────────

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});

const savedLimit = process.env.ATTACHMENT_MAX_BYTES;
afterEach(() => {
  if (savedLimit === undefined) delete process.env.ATTACHMENT_MAX_BYTES;
  else process.env.ATTACHMENT_MAX_BYTES = savedLimit;
});

async function draftOf(user: { id: string }) {
  const actor = await actorOf(user);
  const created = await createDraft(actor, {});
  const saved = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: org.validPlan() });
  return { id: created.id, version: saved.version, actor };
}

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (e) {
    return mapError(e).code;
  }
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

// ───────────── Tests ─────────────

describe("uploading attachments to a draft", () => {
  it.each([
    ["Kế hoạch chi tiết.pdf", PDF, "application/pdf"],
    ["Sơ đồ quy trình.png", PNG, "image/png"],
    ["Ảnh hiện trạng.jpg", JPEG, "image/jpeg"],
    ["Ảnh hiện trạng 2.JPEG", JPEG, "image/jpeg"],
    ["Thuyết minh.docx", DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["Dự toán kinh phí.xlsx", XLSX, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ])("accepts %s, stores it in PostgreSQL and serves back the same bytes", async (fileName, bytes, mime) => {
    const { id, actor } = await draftOf(org.proposerA);
    const created = await uploadAttachment(actor, { proposalId: id, fileName, bytes });
    expect(created).toMatchObject({ fileName, sizeBytes: bytes.byteLength, mimeType: mime });

    const row = await db.attachment.findUniqueOrThrow({ where: { id: created.id }, include: { blob: true } });
    expect(row).toMatchObject({ proposalId: id, purpose: "plan", storage: "POSTGRES", sha256: sha256(bytes), uploadedById: org.proposerA.id });
    expect(Buffer.from(row.blob!.data).equals(Buffer.from(bytes))).toBe(true);

    const opened = await openAttachment(actor, created.id);
    expect(opened).toMatchObject({ fileName, mimeType: mime, sizeBytes: bytes.byteLength });
    expect(Buffer.from(await readAll(opened!.body)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("audits the upload with name, size and checksum, and leaves the draft and its version alone", async () => {
    const { id, version, actor } = await draftOf(org.proposerA);
    const before = await db.proposal.findUniqueOrThrow({ where: { id } });
    const created = await uploadAttachment(actor, { proposalId: id, fileName: "Biên bản.pdf", bytes: PDF });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "attachment.upload", targetId: created.id } });
    expect(event).toMatchObject({ actorId: org.proposerA.id, targetType: "Attachment", proposalId: id, unitId: org.deptA.id });
    expect(event.after).toMatchObject({ fileName: "Biên bản.pdf", sizeBytes: PDF.byteLength, sha256: sha256(PDF), mimeType: "application/pdf" });

    const after = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect(after.version).toBe(before.version);
    expect(after.draft).toEqual(before.draft);
    // The author's open form keeps autosaving with the version it holds.
    expect(await statusOf(saveDraft(actor, { proposalId: id, version, draft: org.validPlan({ title: "Tiếp tục soạn" }) }))).toBe(200);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it.each([
    ["a PNG renamed .pdf", "Biên bản.pdf", PNG],
    ["a PDF renamed .png", "Ảnh.png", PDF],
    ["a JPEG renamed .docx", "Thuyết minh.docx", JPEG],
    ["a DOCX renamed .xlsx", "Dự toán.xlsx", DOCX],
    ["a macro-enabled DOCM renamed .docx", "Thuyết minh.docx", DOCM],
    ["a plain zip renamed .docx", "Thuyết minh.docx", PLAIN_ZIP],
    ["an executable", "cai-dat.exe", EXE],
    ["an executable renamed .pdf", "cai-dat.pdf", EXE],
    ["a text file", "ghi-chu.txt", TEXT],
    ["a text file renamed .pdf", "ghi-chu.pdf", TEXT],
    ["a name without extension", "README", PDF],
  ])("refuses %s with ATTACHMENT_TYPE (422) and leaves the draft intact", async (_label, fileName, bytes) => {
    const { id, actor } = await draftOf(org.proposerA);
    const before = await db.proposal.findUniqueOrThrow({ where: { id } });
    const audits = await db.auditEvent.count();

    const err = await uploadAttachment(actor, { proposalId: id, fileName, bytes }).catch((e) => e);
    expect(mapError(err)).toMatchObject({ code: "ATTACHMENT_TYPE", status: 422 });

    const after = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect(after.draft).toEqual(before.draft);
    expect(after.version).toBe(before.version);
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect(await db.attachment.count({ where: { proposalId: id } })).toBe(0);
    expect(await db.auditEvent.count()).toBe(audits);
  });

  it("refuses a file over ATTACHMENT_MAX_BYTES (ATTACHMENT_TOO_LARGE) and an empty one, keeping the draft", async () => {
    const { id, actor } = await draftOf(org.proposerA);
    const before = await db.proposal.findUniqueOrThrow({ where: { id } });
    process.env.ATTACHMENT_MAX_BYTES = String(PDF.byteLength - 1);
    const err = await uploadAttachment(actor, { proposalId: id, fileName: "Lớn.pdf", bytes: PDF }).catch((e) => e);
    expect(mapError(err)).toMatchObject({ code: "ATTACHMENT_TOO_LARGE", status: 422 });
    expect(err.maxBytes).toBe(PDF.byteLength - 1);

    process.env.ATTACHMENT_MAX_BYTES = String(PDF.byteLength);
    expect(await codeOf(uploadAttachment(actor, { proposalId: id, fileName: "Vừa đủ.pdf", bytes: PDF }))).toBe("OK");
    expect(await codeOf(uploadAttachment(actor, { proposalId: id, fileName: "Rỗng.pdf", bytes: new Uint8Array() }))).toBe("ATTACHMENT_EMPTY");

    const after = await db.proposal.findUniqueOrThrow({ where: { id } });
    expect(after.draft).toEqual(before.draft);
    expect(after.version).toBe(before.version);
    expect(await db.attachment.count({ where: { proposalId: id } })).toBe(1);
  });

  it("refuses malformed input with 422 (no file name, bytes not binary, unknown purpose)", async () => {
    const { id, actor } = await draftOf(org.proposerA);
    expect(await statusOf(uploadAttachment(actor, { proposalId: id, fileName: "   ", bytes: PDF }))).toBe(422);
    expect(await statusOf(uploadAttachment(actor, { proposalId: id, fileName: "a.pdf", bytes: "%PDF-1.4" }))).toBe(422);
    expect(await statusOf(uploadAttachment(actor, { proposalId: id, fileName: "a.pdf", bytes: PDF, purpose: "decision" }))).toBe(422);
  });

  it("keeps a Vietnamese file name (NFC) whatever form the browser sends it in", async () => {
    const { id, actor } = await draftOf(org.proposerA);
    const name = "Biên bản họp Sở KH&CN – đợt 1 (bản cuối).pdf";
    const created = await uploadAttachment(actor, { proposalId: id, fileName: `C:\\fakepath\\${name.normalize("NFD")}`, bytes: PDF });
    expect(created.fileName).toBe(name.normalize("NFC"));
    const opened = await openAttachment(actor, created.id);
    expect(opened?.fileName).toBe(name);
    expect(opened?.fileName.normalize("NFC")).toBe(opened?.fileName);
  });
});

describe("who may upload, download and delete", () => {
  it("a foreign user gets 404 on upload, download and delete, as for an unknown id", async () => {
    const { id, actor } = await draftOf(org.proposerA);
    const created = await uploadAttachment(actor, { proposalId: id, fileName: "Kế hoạch.pdf", bytes: PDF });
    for (const user of [org.proposerB, org.headB, org.headA /* a draft is its authors' alone */]) {
      const stranger = await actorOf(user);
      expect(await statusOf(uploadAttachment(stranger, { proposalId: id, fileName: "chen.pdf", bytes: PDF }))).toBe(404);
      expect(await openAttachment(stranger, created.id)).toBeNull();
      expect(await statusOf(deleteAttachment(stranger, { attachmentId: created.id }))).toBe(404);
    }
    expect(await statusOf(uploadAttachment(actor, { proposalId: "khong-ton-tai", fileName: "a.pdf", bytes: PDF }))).toBe(404);
    expect(await openAttachment(actor, "khong-ton-tai")).toBeNull();
    expect(await statusOf(deleteAttachment(actor, { attachmentId: "khong-ton-tai" }))).toBe(404);
    expect(await db.attachment.count({ where: { proposalId: id } })).toBe(1);
  });

  it("after submission: those who may read the proposal download; nobody adds or removes files", async () => {
    const p = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "SUBMITTED" });
    const attachment = await db.attachment.create({
      data: {
        proposalId: p.id,
        fileName: "Kế hoạch đã gửi.pdf",
        mimeType: "application/pdf",
        sizeBytes: PDF.byteLength,
        sha256: sha256(PDF),
        storageKey: `proposals/${p.id}/seeded`,
        uploadedById: org.proposerA.id,
        blob: { create: { data: PDF } },
      },
    });
    const author = await actorOf(org.proposerA);
    const head = await actorOf(org.headA);
    expect(await openAttachment(head, attachment.id)).not.toBeNull();
    expect(await openAttachment(await actorOf(org.commission), attachment.id)).not.toBeNull();
    expect(await openAttachment(await actorOf(org.headB), attachment.id)).toBeNull();

    expect(await codeOf(uploadAttachment(author, { proposalId: p.id, fileName: "Bổ sung.pdf", bytes: PDF }))).toBe("INVALID_TRANSITION");
    expect(await codeOf(deleteAttachment(author, { attachmentId: attachment.id }))).toBe("INVALID_TRANSITION");
    expect(await statusOf(uploadAttachment(head, { proposalId: p.id, fileName: "Bổ sung.pdf", bytes: PDF }))).toBe(403);
    expect(await statusOf(deleteAttachment(head, { attachmentId: attachment.id }))).toBe(403);
    expect(await db.attachment.count({ where: { proposalId: p.id } })).toBe(1);
  });

  it("a returned plan takes attachments again, from its author and co-authors", async () => {
    const p = await seedProposal(db, { unit: org.deptA, author: org.proposerA, coAuthors: [org.coAuthorA], status: "RETURNED" });
    const coAuthor = await actorOf(org.coAuthorA);
    const created = await uploadAttachment(coAuthor, { proposalId: p.id, fileName: "Dự toán bổ sung.xlsx", bytes: XLSX });
    expect(await openAttachment(await actorOf(org.proposerA), created.id)).not.toBeNull();
    expect(await codeOf(deleteAttachment(await actorOf(org.proposerA), { attachmentId: created.id }))).toBe("OK");
  });

  it("deleting removes the row and its bytes and is audited; the chain still verifies", async () => {
    const { id, actor } = await draftOf(org.proposerA);
    const created = await uploadAttachment(actor, { proposalId: id, fileName: "Nháp cũ.docx", bytes: DOCX });
    expect(await deleteAttachment(actor, { attachmentId: created.id })).toEqual({ id: created.id });
    expect(await db.attachment.findUnique({ where: { id: created.id } })).toBeNull();
    expect(await db.attachmentBlob.findUnique({ where: { attachmentId: created.id } })).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "attachment.delete", targetId: created.id } });
    expect(event.before).toMatchObject({ fileName: "Nháp cũ.docx", sha256: sha256(DOCX) });
    expect(await statusOf(deleteAttachment(actor, { attachmentId: created.id }))).toBe(404);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });

  it("an attachment filed by another stage (e.g. the decision) cannot be deleted by the plan's author", async () => {
    const { id, actor } = await draftOf(org.proposerA);
    const other = await db.attachment.create({
      data: {
        proposalId: id,
        purpose: "decision",
        fileName: "Quyết định.pdf",
        mimeType: "application/pdf",
        sizeBytes: PDF.byteLength,
        sha256: sha256(PDF),
        storageKey: `proposals/${id}/decision`,
        uploadedById: org.headA.id,
        blob: { create: { data: PDF } },
      },
    });
    expect(await statusOf(deleteAttachment(actor, { attachmentId: other.id }))).toBe(403);
  });
});

describe("download headers", () => {
  it("Content-Disposition carries an ASCII fallback and the UTF-8 name (RFC 6266 / 8187)", () => {
    const name = "Báo cáo đợt 1 (bản cuối)*.pdf";
    const header = contentDisposition(name);
    expect(header).toBe(
      `attachment; filename="Bao cao dot 1 (ban cuoi)*.pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%91%E1%BB%A3t%201%20%28b%E1%BA%A3n%20cu%E1%BB%91i%29%2A.pdf`,
    );
    const encoded = header.split("filename*=UTF-8''")[1];
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/);
    expect(decodeURIComponent(encoded)).toBe(name);
    // A decomposed name is sent composed.
    expect(contentDisposition(name.normalize("NFD"))).toBe(header);
  });

  it.each([
    ['Tờ trình "mẫu".pdf', "To trinh _mau_.pdf"],
    ["ĐỀ ÁN\\100%.docx", "DE AN_100_.docx"],
    ["Sơ đồ 📈.png", "So do __.png"],
    ["中文.pdf", "__.pdf"],
  ])("the ASCII fallback of %s cannot break out of its quotes", (name, expected) => {
    expect(asciiFileName(name)).toBe(expected);
    expect(contentDisposition(name)).toMatch(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]+"; filename\*=UTF-8''\S+$/);
  });

  it("stored names lose folders, control and bidi-override characters", () => {
    expect(normaliseFileName("/home/canbo/Kế hoạch.pdf")).toBe("Kế hoạch.pdf");
    expect(normaliseFileName("hoso\u202Efdp.exe")).toBe("hosofdp.exe");
    expect(normaliseFileName("  Tờ\r\ntrình.pdf. ")).toBe("Tờ trình.pdf");
    const long = `${"Đề án ".repeat(60)}.pdf`;
    expect([...normaliseFileName(long)].length).toBeLessThanOrEqual(255);
    expect(normaliseFileName(long).endsWith(".pdf")).toBe(true);
  });

  it("downloads are saved, never sniffed", () => {
    const h = downloadHeaders({ fileName: "Sơ đồ.png", mimeType: "image/png", sizeBytes: 67 });
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("content-type")).toBe("image/png");
    expect(h.get("content-length")).toBe("67");
    expect(h.get("content-disposition")).toBe(`attachment; filename="So do.png"; filename*=UTF-8''S%C6%A1%20%C4%91%E1%BB%93.png`);
    expect(h.get("cache-control")).toContain("no-store");
  });
});

describe("reading the upload request", () => {
  const url = "http://localhost/api/proposals/x/attachments";
  const formWith = (file?: File) => {
    const form = new FormData();
    if (file) form.append("file", file);
    form.append("note", "khác");
    return form;
  };

  it("returns the file's name and bytes", async () => {
    const req = new Request(url, { method: "POST", body: formWith(new File([PDF], "Kế hoạch.pdf")) });
    const r = await readUploadRequest(req, 1024);
    expect(r.ok && r.fileName).toBe("Kế hoạch.pdf");
    expect(r.ok && Buffer.from(r.bytes).equals(Buffer.from(PDF))).toBe(true);
  });

  it("refuses early from Content-Length, and by counting when the body is streamed without one", async () => {
    const declared = new Request(url, {
      method: "POST",
      headers: { "content-length": String(10 * 1024 * 1024), "content-type": "multipart/form-data; boundary=x" },
      body: "--x--",
    });
    expect(await readUploadRequest(declared, 1024)).toEqual({ ok: false, code: "ATTACHMENT_TOO_LARGE" });

    // A 200 KiB multipart body, fed in 16 KiB chunks with no Content-Length.
    const source = new Request(url, { method: "POST", body: formWith(new File([new Uint8Array(200 * 1024)], "lon.pdf")) });
    const multipart = new Uint8Array(await source.arrayBuffer());
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= multipart.byteLength) return controller.close();
        const chunk = multipart.slice(pulled, pulled + 16 * 1024);
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const chunked = new Request(url, {
      method: "POST",
      headers: { "content-type": source.headers.get("content-type") ?? "" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(await readUploadRequest(chunked, 1024)).toEqual({ ok: false, code: "ATTACHMENT_TOO_LARGE" });
    expect(pulled).toBeLessThan(multipart.byteLength);
  });

  it("answers ATTACHMENT_MISSING for no file, a non-multipart body or a malformed one", async () => {
    const noFile = new Request(url, { method: "POST", body: formWith() });
    const json = new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const broken = new Request(url, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=zz" }, body: "rác" });
    for (const req of [noFile, json, broken]) {
      expect(await readUploadRequest(req, 1024)).toEqual({ ok: false, code: "ATTACHMENT_MISSING" });
    }
  });
});

describe("storage compensations (object storage outside the transaction)", () => {
  it("undoes a write when the use-case fails, and finishes a removal only after it commits", async () => {
    const log: string[] = [];
    await expect(
      withStorageEffects(async (fx) => {
        fx.onRollback(async () => void log.push("undo put"));
        fx.afterCommit(async () => void log.push("delete after commit"));
        throw new Error("transaction failed");
      }),
    ).rejects.toThrow("transaction failed");
    expect(log).toEqual(["undo put"]);

    log.length = 0;
    const value = await withStorageEffects(async (fx) => {
      fx.onRollback(async () => void log.push("undo put"));
      fx.afterCommit(async () => void log.push("delete after commit"));
      return 42;
    });
    expect(value).toBe(42);
    expect(log).toEqual(["delete after commit"]);
  });
});
