/**
 * The demo organisation, as it stands in late 2026 after the 2025 reforms: two-level local
 * government (province → commune/ward, no districts), merged provinces (Ninh Bình now includes
 * Hà Nam and Nam Định), Sở TT&TT merged into Sở Khoa học và Công nghệ, Sở KH&ĐT into Sở Tài chính,
 * Sở NN&PTNT and Sở TN&MT into Sở Nông nghiệp và Môi trường. Names are invented; titles are real.
 */
import type { Role, Unit, UnitKind, User } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";
import { seedUnit, seedUser } from "./factories";

/**
 * `governingBodyName`: the cơ quan chủ quản documents print above the unit (Decree 30): a Sở is
 * under the provincial People's Committee, not under "Tỉnh Quảng Ninh"; "" for a body heading its
 * own documents; absent → the parent unit's name.
 */
type UnitSpec = { code: string; name: string; shortName: string; kind: UnitKind; parent: string | null; mail: string; governingBodyName?: string };

export const UNITS: readonly UnitSpec[] = [
  { code: "BTCTW", name: "Ban Tổ chức Trung ương", shortName: "Ban Tổ chức TW", kind: "CENTRAL", parent: null, mail: "btctw.gov.vn", governingBodyName: "" },
  { code: "QN", name: "Tỉnh Quảng Ninh", shortName: "Quảng Ninh", kind: "PROVINCE", parent: "BTCTW", mail: "quangninh.gov.vn", governingBodyName: "" },
  { code: "QN-SKHCN", name: "Sở Khoa học và Công nghệ tỉnh Quảng Ninh", shortName: "Sở KH&CN Quảng Ninh", kind: "DEPARTMENT", parent: "QN", mail: "quangninh.gov.vn", governingBodyName: "Ủy ban nhân dân tỉnh Quảng Ninh" },
  { code: "QN-SKHCN-CDS", name: "Phòng Chuyển đổi số", shortName: "Phòng CĐS", kind: "OFFICE", parent: "QN-SKHCN", mail: "quangninh.gov.vn" },
  { code: "QN-SNV", name: "Sở Nội vụ tỉnh Quảng Ninh", shortName: "Sở Nội vụ Quảng Ninh", kind: "DEPARTMENT", parent: "QN", mail: "quangninh.gov.vn", governingBodyName: "Ủy ban nhân dân tỉnh Quảng Ninh" },
  { code: "QN-STC", name: "Sở Tài chính tỉnh Quảng Ninh", shortName: "Sở Tài chính Quảng Ninh", kind: "DEPARTMENT", parent: "QN", mail: "quangninh.gov.vn", governingBodyName: "Ủy ban nhân dân tỉnh Quảng Ninh" },
  { code: "QN-HALONG", name: "UBND phường Hạ Long", shortName: "Phường Hạ Long", kind: "COMMUNE", parent: "QN", mail: "quangninh.gov.vn", governingBodyName: "" },
  { code: "NB", name: "Tỉnh Ninh Bình", shortName: "Ninh Bình", kind: "PROVINCE", parent: "BTCTW", mail: "ninhbinh.gov.vn", governingBodyName: "" },
  { code: "NB-SNNMT", name: "Sở Nông nghiệp và Môi trường tỉnh Ninh Bình", shortName: "Sở NN&MT Ninh Bình", kind: "DEPARTMENT", parent: "NB", mail: "ninhbinh.gov.vn", governingBodyName: "Ủy ban nhân dân tỉnh Ninh Bình" },
  { code: "NB-SYT", name: "Sở Y tế tỉnh Ninh Bình", shortName: "Sở Y tế Ninh Bình", kind: "DEPARTMENT", parent: "NB", mail: "ninhbinh.gov.vn", governingBodyName: "Ủy ban nhân dân tỉnh Ninh Bình" },
  { code: "NB-SKHCN", name: "Sở Khoa học và Công nghệ tỉnh Ninh Bình", shortName: "Sở KH&CN Ninh Bình", kind: "DEPARTMENT", parent: "NB", mail: "ninhbinh.gov.vn", governingBodyName: "Ủy ban nhân dân tỉnh Ninh Bình" },
  { code: "NB-GIAVIEN", name: "UBND xã Gia Viễn", shortName: "Xã Gia Viễn", kind: "COMMUNE", parent: "NB", mail: "ninhbinh.gov.vn", governingBodyName: "" },
  { code: "BTP", name: "Bộ Tư pháp", shortName: "Bộ Tư pháp", kind: "MINISTRY", parent: "BTCTW", mail: "moj.gov.vn", governingBodyName: "" },
  { code: "BTP-BTTP", name: "Cục Bổ trợ tư pháp", shortName: "Cục BTTP", kind: "DEPARTMENT", parent: "BTP", mail: "moj.gov.vn" },
  { code: "BTP-KTVB", name: "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", shortName: "Cục KTVB&QLXLVPHC", kind: "DEPARTMENT", parent: "BTP", mail: "moj.gov.vn" },
];

type PersonSpec = readonly [username: string, fullName: string, title: string, unit: string, roles: readonly Role[]];
const P = (username: string, fullName: string, title: string, unit: string, ...roles: Role[]): PersonSpec => [username, fullName, title, unit, roles];

export const PEOPLE: readonly PersonSpec[] = [
  // Trung ương
  P("bantochuc", "Lê Minh Khôi", "Phó Vụ trưởng, Ban Tổ chức Trung ương", "BTCTW", "COMMISSION"),
  P("chuyenvien.btctw", "Phan Thị Ngọc Ánh", "Chuyên viên cao cấp, Ban Tổ chức Trung ương", "BTCTW", "COMMISSION"),
  P("quantri", "Đỗ Quang Huy", "Kỹ sư quản trị hệ thống", "BTCTW", "ADMIN"),

  // Tỉnh Quảng Ninh
  P("chutich.quangninh", "Vũ Đức Hạnh", "Chủ tịch UBND tỉnh", "QN", "HEAD"),
  P("phochutich.quangninh", "Nguyễn Thị Thu Hà", "Phó Chủ tịch UBND tỉnh", "QN", "DEPUTY"),
  P("phochutich2.quangninh", "Đặng Hoàng Long", "Phó Chủ tịch UBND tỉnh", "QN", "DEPUTY"),
  P("capuy.quangninh", "Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy", "QN", "PARTY_COMMITTEE"),
  P("giamsat.quangninh", "Lương Thị Mai", "Thanh tra viên chính, Thanh tra tỉnh Quảng Ninh", "QN", "MONITOR"),
  P("btc.quangninh", "Hoàng Văn Tùng", "Phó Trưởng Ban Tổ chức Tỉnh ủy Quảng Ninh", "QN", "COMMISSION"),
  // Sở KH&CN Quảng Ninh
  P("giamdoc.skhcn", "Phạm Thị Lan Anh", "Giám đốc Sở", "QN-SKHCN", "HEAD"),
  P("phogiamdoc.skhcn", "Bùi Xuân Trường", "Phó Giám đốc Sở", "QN-SKHCN", "DEPUTY"),
  P("phogiamdoc2.skhcn", "Ngô Thị Hồng Nhung", "Phó Giám đốc Sở", "QN-SKHCN", "DEPUTY"),
  P("capuy.skhcn", "Đinh Văn Sơn", "Bí thư Đảng ủy Sở", "QN-SKHCN", "PARTY_COMMITTEE"),
  P("canbo.skhcn", "Nguyễn Văn An", "Chuyên viên chính, Phòng Quản lý khoa học", "QN-SKHCN", "PROPOSER"),
  P("canbo2.skhcn", "Trịnh Thu Trang", "Chuyên viên, Phòng Kế hoạch - Tài chính", "QN-SKHCN", "PROPOSER"),
  P("canbo3.skhcn", "Lại Đức Minh", "Chuyên viên chính, Phòng Quản lý công nghệ và Đổi mới sáng tạo", "QN-SKHCN", "PROPOSER"),
  // Phòng Chuyển đổi số
  P("truongphong.cds", "Tạ Quang Vinh", "Trưởng phòng Chuyển đổi số", "QN-SKHCN-CDS", "HEAD"),
  P("phophong.cds", "Mai Thị Phương", "Phó Trưởng phòng Chuyển đổi số", "QN-SKHCN-CDS", "DEPUTY"),
  P("capuy.cds", "Đoàn Văn Khải", "Bí thư Chi bộ Phòng Chuyển đổi số", "QN-SKHCN-CDS", "PARTY_COMMITTEE"),
  P("canbo.cds", "Đoàn Minh Tuấn", "Chuyên viên, Phòng Chuyển đổi số", "QN-SKHCN-CDS", "PROPOSER"),
  P("canbo2.cds", "Hà Thị Yến", "Kỹ sư an toàn thông tin, Phòng Chuyển đổi số", "QN-SKHCN-CDS", "PROPOSER"),
  // Sở Nội vụ Quảng Ninh
  P("giamdoc.snv", "Cao Văn Nghĩa", "Giám đốc Sở", "QN-SNV", "HEAD"),
  P("phogiamdoc.snv", "Lê Thị Bích Ngọc", "Phó Giám đốc Sở", "QN-SNV", "DEPUTY"),
  P("capuy.snv", "Vương Đình Khánh", "Bí thư Đảng ủy Sở", "QN-SNV", "PARTY_COMMITTEE"),
  P("canbo.snv", "Đào Thị Hải Yến", "Chuyên viên chính, Phòng Tổ chức, biên chế", "QN-SNV", "PROPOSER"),
  P("canbo2.snv", "Kiều Văn Hậu", "Chuyên viên, Phòng Cải cách hành chính", "QN-SNV", "PROPOSER"),
  // Sở Tài chính Quảng Ninh
  P("giamdoc.stc", "Triệu Minh Quân", "Giám đốc Sở", "QN-STC", "HEAD"),
  P("phogiamdoc.stc", "Phùng Thị Thanh Hương", "Phó Giám đốc Sở", "QN-STC", "DEPUTY"),
  P("phogiamdoc2.stc", "Lã Văn Cường", "Phó Giám đốc Sở", "QN-STC", "DEPUTY"),
  P("capuy.stc", "Hứa Thị Kim Oanh", "Bí thư Đảng ủy Sở", "QN-STC", "PARTY_COMMITTEE"),
  P("canbo.stc", "Tô Hoài Nam", "Chuyên viên chính, Phòng Quản lý ngân sách", "QN-STC", "PROPOSER"),
  P("canbo2.stc", "Âu Thị Diệu Linh", "Chuyên viên, Phòng Quản lý giá và công sản", "QN-STC", "PROPOSER"),
  // UBND phường Hạ Long
  P("chutich.halong", "Nông Văn Dũng", "Chủ tịch UBND phường", "QN-HALONG", "HEAD"),
  P("phochutich.halong", "Châu Thị Mỹ Hạnh", "Phó Chủ tịch UBND phường", "QN-HALONG", "DEPUTY"),
  P("phochutich2.halong", "Giáp Văn Lực", "Phó Chủ tịch UBND phường", "QN-HALONG", "DEPUTY"),
  P("capuy.halong", "Lý Thị Thảo", "Phó Bí thư Thường trực Đảng ủy phường", "QN-HALONG", "PARTY_COMMITTEE"),
  P("canbo.halong", "Quách Minh Đức", "Chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị", "QN-HALONG", "PROPOSER"),
  P("canbo2.halong", "Doãn Thị Hoa", "Chuyên viên Văn phòng HĐND và UBND phường", "QN-HALONG", "PROPOSER"),
  P("canbo3.halong", "Khổng Văn Thắng", "Chuyên viên Trung tâm Phục vụ hành chính công phường", "QN-HALONG", "PROPOSER"),

  // Tỉnh Ninh Bình
  P("chutich.ninhbinh", "Tống Văn Phúc", "Chủ tịch UBND tỉnh", "NB", "HEAD"),
  P("phochutich.ninhbinh", "Ninh Thị Thúy", "Phó Chủ tịch UBND tỉnh", "NB", "DEPUTY"),
  P("capuy.ninhbinh", "Đồng Văn Hiếu", "Phó Bí thư Tỉnh ủy", "NB", "PARTY_COMMITTEE"),
  P("giamsat.ninhbinh", "Trương Thị Lệ", "Thanh tra viên chính, Thanh tra tỉnh Ninh Bình", "NB", "MONITOR"),
  P("btc.ninhbinh", "Hồ Sỹ Lâm", "Phó Trưởng Ban Tổ chức Tỉnh ủy Ninh Bình", "NB", "COMMISSION"),
  // Sở NN&MT Ninh Bình
  P("giamdoc.snnmt", "Mạc Văn Tiến", "Giám đốc Sở", "NB-SNNMT", "HEAD"),
  P("phogiamdoc.snnmt", "Lưu Thị Hằng", "Phó Giám đốc Sở", "NB-SNNMT", "DEPUTY"),
  P("phogiamdoc2.snnmt", "Bạch Công Định", "Phó Giám đốc Sở", "NB-SNNMT", "DEPUTY"),
  P("capuy.snnmt", "Thái Văn Quyết", "Bí thư Đảng ủy Sở", "NB-SNNMT", "PARTY_COMMITTEE"),
  P("canbo.snnmt", "Hoàng Thị Minh Châu", "Chuyên viên chính, Chi cục Trồng trọt và Bảo vệ thực vật", "NB-SNNMT", "PROPOSER"),
  P("canbo2.snnmt", "Vi Văn Toàn", "Chuyên viên, Phòng Quản lý đất đai", "NB-SNNMT", "PROPOSER"),
  // Sở Y tế Ninh Bình
  P("giamdoc.syt", "Bế Thị Thanh Tâm", "Giám đốc Sở", "NB-SYT", "HEAD"),
  P("phogiamdoc.syt", "Nghiêm Xuân Bách", "Phó Giám đốc Sở", "NB-SYT", "DEPUTY"),
  P("capuy.syt", "Tăng Văn Khoa", "Bí thư Đảng ủy Sở", "NB-SYT", "PARTY_COMMITTEE"),
  P("canbo.syt", "Văn Thị Hồng Gấm", "Chuyên viên chính, Phòng Nghiệp vụ Dược", "NB-SYT", "PROPOSER"),
  P("canbo2.syt", "Lò Văn Sáng", "Bác sĩ, Chuyên viên Phòng Nghiệp vụ Y", "NB-SYT", "PROPOSER"),
  // Sở KH&CN Ninh Bình
  P("giamdoc.skhcnnb", "Kim Văn Thạch", "Giám đốc Sở", "NB-SKHCN", "HEAD"),
  P("phogiamdoc.skhcnnb", "Ôn Thị Duyên", "Phó Giám đốc Sở", "NB-SKHCN", "DEPUTY"),
  P("capuy.skhcnnb", "Thân Văn Hùng", "Bí thư Đảng ủy Sở", "NB-SKHCN", "PARTY_COMMITTEE"),
  P("canbo.skhcnnb", "Từ Thị Phượng", "Chuyên viên chính, Phòng Quản lý khoa học", "NB-SKHCN", "PROPOSER"),
  P("canbo2.skhcnnb", "Viên Quốc Trung", "Chuyên viên, Phòng Bưu chính, Viễn thông và Chuyển đổi số", "NB-SKHCN", "PROPOSER"),
  // UBND xã Gia Viễn
  P("chutich.giavien", "Chu Văn Thịnh", "Chủ tịch UBND xã", "NB-GIAVIEN", "HEAD"),
  P("phochutich.giavien", "Lục Thị Ngân", "Phó Chủ tịch UBND xã", "NB-GIAVIEN", "DEPUTY"),
  P("capuy.giavien", "Hầu Văn Bảo", "Phó Bí thư Thường trực Đảng ủy xã", "NB-GIAVIEN", "PARTY_COMMITTEE"),
  P("canbo.giavien", "Đàm Thị Xuân", "Chuyên viên Phòng Kinh tế xã", "NB-GIAVIEN", "PROPOSER"),
  P("canbo2.giavien", "Mẫn Văn Hòa", "Chuyên viên Phòng Văn hóa - Xã hội xã", "NB-GIAVIEN", "PROPOSER"),

  // Bộ Tư pháp
  P("botruong.btp", "Tôn Thất Hoàng", "Bộ trưởng", "BTP", "HEAD"),
  P("thutruong.btp", "Phí Thị Hương Giang", "Thứ trưởng", "BTP", "DEPUTY"),
  P("thutruong2.btp", "Khúc Văn Hưng", "Thứ trưởng", "BTP", "DEPUTY"),
  P("capuy.btp", "Nguyễn Đình Chiến", "Phó Bí thư Đảng ủy Bộ", "BTP", "PARTY_COMMITTEE"),
  P("giamsat.btp", "Hàn Thị Thu", "Thanh tra viên cao cấp, Thanh tra Bộ", "BTP", "MONITOR"),
  // Cục Bổ trợ tư pháp
  P("cuctruong.bttp", "Trần Văn Quang", "Cục trưởng", "BTP-BTTP", "HEAD"),
  P("phocuctruong.bttp", "Lê Thị Hạnh Dung", "Phó Cục trưởng", "BTP-BTTP", "DEPUTY"),
  P("phocuctruong2.bttp", "Vũ Hữu Phước", "Phó Cục trưởng", "BTP-BTTP", "DEPUTY"),
  P("capuy.bttp", "Đặng Thị Huyền", "Bí thư Đảng ủy Cục", "BTP-BTTP", "PARTY_COMMITTEE"),
  P("canbo.bttp", "Phạm Tuấn Kiệt", "Chuyên viên chính, Phòng Quản lý công chứng", "BTP-BTTP", "PROPOSER"),
  P("canbo2.bttp", "Nguyễn Thị Khánh Vy", "Chuyên viên, Phòng Quản lý luật sư", "BTP-BTTP", "PROPOSER"),
  // Cục KTVB&QLXLVPHC
  P("cuctruong.ktvb", "Hoàng Trọng Hiếu", "Cục trưởng", "BTP-KTVB", "HEAD"),
  P("phocuctruong.ktvb", "Lê Thị Phương Thảo", "Phó Cục trưởng", "BTP-KTVB", "DEPUTY"),
  P("capuy.ktvb", "Bùi Văn Tài", "Bí thư Đảng ủy Cục", "BTP-KTVB", "PARTY_COMMITTEE"),
  P("canbo.ktvb", "Ngô Minh Hải", "Kiểm tra viên chính", "BTP-KTVB", "PROPOSER"),
  P("canbo2.ktvb", "Trần Thị Bảo Ngọc", "Kiểm tra viên", "BTP-KTVB", "PROPOSER"),
  P("canbo3.ktvb", "Dương Văn Quang", "Chuyên viên chính", "BTP-KTVB", "PROPOSER"),
];

export type Organisation = {
  units: Map<string, Unit>;
  users: Map<string, User>;
};

/** Units (parents first) and users with their memberships; every user gets the same password hash. */
export async function seedOrganisation(tx: Tx, passwordHash: string): Promise<Organisation> {
  const units = new Map<string, Unit>();
  for (const u of UNITS) {
    const parent = u.parent ? units.get(u.parent) : null;
    if (u.parent && !parent) throw new Error(`Unit ${u.code}: parent ${u.parent} not seeded yet`);
    units.set(u.code, await seedUnit(tx, { name: u.name, shortName: u.shortName, kind: u.kind, code: u.code, parent, governingBodyName: u.governingBodyName }));
  }
  const users = new Map<string, User>();
  for (const [username, fullName, title, unitCode, roles] of PEOPLE) {
    const unit = units.get(unitCode);
    const spec = UNITS.find((x) => x.code === unitCode);
    if (!unit || !spec) throw new Error(`User ${username}: unknown unit ${unitCode}`);
    if (users.has(username)) throw new Error(`User ${username} listed twice`);
    const { password: _unused, ...user } = await seedUser(tx, {
      unit,
      roles,
      username,
      fullName,
      title,
      email: `${username}@${spec.mail}`,
      passwordHash,
    });
    void _unused;
    users.set(username, user);
  }
  return { units, users };
}
