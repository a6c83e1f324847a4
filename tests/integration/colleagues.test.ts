import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { findColleagues } from "@/server/proposals/colleagues";
import { seedUnit, seedUser } from "../support/factories";
import { actorOf, smallOrg } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
  const other = await seedUnit(db, { name: "Tỉnh Xa Xôi", kind: "PROVINCE" });
  const otherDept = await seedUnit(db, { name: "Sở Nội vụ tỉnh Xa Xôi", parent: other });
  // Named so that, alphabetically, the stranger would come first.
  await seedUser(db, { unit: otherDept, role: "PROPOSER", fullName: "An Văn Thử Nghiệm" });
  await seedUser(db, { unit: org.deptB, role: "PROPOSER", fullName: "Bùi Văn Thử Nghiệm" });
  await seedUser(db, { unit: org.deptA, role: "PROPOSER", fullName: "Cao Văn Thử Nghiệm", title: "Phó Trưởng phòng" });
});

describe("co-author search (issue 12.5)", () => {
  it("answers nothing below three characters", async () => {
    const actor = await actorOf(org.proposerA);
    expect(await findColleagues(actor, "Th")).toEqual([]);
    expect(await findColleagues(actor, "  Vă ")).toEqual([]);
  });

  it("ranks the proposer's own unit first, then the province, then the rest of the country", async () => {
    const actor = await actorOf(org.proposerA);
    const found = await findColleagues(actor, "Thử Nghiệm");
    expect(found.map((c) => c.fullName)).toEqual(["Cao Văn Thử Nghiệm", "Bùi Văn Thử Nghiệm", "An Văn Thử Nghiệm"]);
  });

  it("shows only what the picker needs: id, name and unit — no position, username or e-mail", async () => {
    const actor = await actorOf(org.proposerA);
    const [first] = await findColleagues(actor, "Cao Văn");
    expect(Object.keys(first).sort()).toEqual(["fullName", "id", "unitName"]);
    expect(first.unitName).toBe("Sở Khoa học và Công nghệ");
  });

  it("treats % and _ as letters, and never lists the searcher", async () => {
    const actor = await actorOf(org.proposerA);
    expect(await findColleagues(actor, "%%%")).toEqual([]);
    expect(await findColleagues(actor, "___")).toEqual([]);
    expect((await findColleagues(actor, "Lê Văn Sáng")).map((c) => c.id)).not.toContain(org.proposerA.id);
  });
});
