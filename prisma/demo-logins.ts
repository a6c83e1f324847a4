/** Demo accounts printed by `npm start` and used by the browser tests. One password for all. */
export const DEMO_PASSWORD = "SangTao@2026";

export const DEMO_LOGINS = [
  { username: "bantochuc", role: "COMMISSION", description: "Ban Tổ chức Trung ương — toàn hệ thống (Organisation Commission, whole system)" },
  { username: "btc.quangninh", role: "COMMISSION", description: "Ban Tổ chức Tỉnh ủy Quảng Ninh — chỉ tỉnh Quảng Ninh (Organisation Commission, Quảng Ninh only)" },
  { username: "giamdoc.skhcn", role: "HEAD", description: "Giám đốc Sở Khoa học và Công nghệ Quảng Ninh (unit head)" },
  { username: "phogiamdoc.skhcn", role: "DEPUTY", description: "Phó Giám đốc Sở Khoa học và Công nghệ Quảng Ninh (deputy)" },
  { username: "capuy.skhcn", role: "PARTY_COMMITTEE", description: "Bí thư Đảng ủy Sở Khoa học và Công nghệ Quảng Ninh (Party committee)" },
  { username: "canbo.skhcn", role: "PROPOSER", description: "Chuyên viên chính Sở Khoa học và Công nghệ Quảng Ninh (proposer)" },
  { username: "giamsat.quangninh", role: "MONITOR", description: "Thanh tra tỉnh Quảng Ninh — theo dõi, giám sát (monitor)" },
  { username: "quantri", role: "ADMIN", description: "Quản trị hệ thống (administrator)" },
] as const;
