/** Demo accounts printed by `npm start` and used by the browser tests. One password for all. */
export const DEMO_PASSWORD = "SangTao@2026";

export const DEMO_LOGINS = [
  { username: "bantochuc", role: "COMMISSION", description: "Ban Tổ chức Trung ương — toàn hệ thống (Organisation Commission)" },
  { username: "btc.hanam", role: "COMMISSION", description: "Ban Tổ chức Tỉnh ủy Hà Nam — chỉ tỉnh Hà Nam" },
  { username: "giamdoc.stttt", role: "HEAD", description: "Giám đốc Sở TT&TT Hà Nam (unit head)" },
  { username: "phogiamdoc.stttt", role: "DEPUTY", description: "Phó Giám đốc Sở TT&TT Hà Nam (deputy)" },
  { username: "capuy.stttt", role: "PARTY_COMMITTEE", description: "Bí thư Đảng ủy Sở TT&TT Hà Nam (Party committee)" },
  { username: "canbo.stttt", role: "PROPOSER", description: "Chuyên viên Sở TT&TT Hà Nam (proposer)" },
  { username: "giamsat.hanam", role: "MONITOR", description: "Thanh tra tỉnh Hà Nam (monitor)" },
  { username: "quantri", role: "ADMIN", description: "Quản trị hệ thống (administrator)" },
] as const;
