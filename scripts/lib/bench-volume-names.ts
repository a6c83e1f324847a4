/**
 * Vocabulary of the volume seed: unit names, people's names, proposal titles. Invented, but in the
 * shape real ones have (two-level local government after 2025, "Sở …", "Phòng …", "Vụ/Cục …").
 */
import type { Field } from "@/domain/plan";

export type TopUnit = { code: string; name: string; shortName: string; kind: "PROVINCE" | "MINISTRY"; place: string };

/** 7 provinces (none of the demo's) and 3 ministries. */
export const TOP_UNITS: readonly TopUnit[] = [
  { code: "TH", name: "Tỉnh Thanh Hóa", shortName: "Thanh Hóa", kind: "PROVINCE", place: "tỉnh Thanh Hóa" },
  { code: "NA", name: "Tỉnh Nghệ An", shortName: "Nghệ An", kind: "PROVINCE", place: "tỉnh Nghệ An" },
  { code: "HP", name: "Thành phố Hải Phòng", shortName: "Hải Phòng", kind: "PROVINCE", place: "thành phố Hải Phòng" },
  { code: "DN", name: "Thành phố Đà Nẵng", shortName: "Đà Nẵng", kind: "PROVINCE", place: "thành phố Đà Nẵng" },
  { code: "LD", name: "Tỉnh Lâm Đồng", shortName: "Lâm Đồng", kind: "PROVINCE", place: "tỉnh Lâm Đồng" },
  { code: "DL", name: "Tỉnh Đắk Lắk", shortName: "Đắk Lắk", kind: "PROVINCE", place: "tỉnh Đắk Lắk" },
  { code: "AG", name: "Tỉnh An Giang", shortName: "An Giang", kind: "PROVINCE", place: "tỉnh An Giang" },
  { code: "BTC", name: "Bộ Tài chính", shortName: "Bộ Tài chính", kind: "MINISTRY", place: "Bộ Tài chính" },
  { code: "BYT", name: "Bộ Y tế", shortName: "Bộ Y tế", kind: "MINISTRY", place: "Bộ Y tế" },
  { code: "BGD", name: "Bộ Giáo dục và Đào tạo", shortName: "Bộ GD&ĐT", kind: "MINISTRY", place: "Bộ Giáo dục và Đào tạo" },
];

/** 9 departments under a province / a ministry. */
export const PROVINCE_DEPARTMENTS: readonly (readonly [code: string, name: string, short: string])[] = [
  ["SNV", "Sở Nội vụ", "Sở Nội vụ"],
  ["STC", "Sở Tài chính", "Sở Tài chính"],
  ["SXD", "Sở Xây dựng", "Sở Xây dựng"],
  ["SYT", "Sở Y tế", "Sở Y tế"],
  ["SGD", "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"],
  ["SKHCN", "Sở Khoa học và Công nghệ", "Sở KH&CN"],
  ["SNNMT", "Sở Nông nghiệp và Môi trường", "Sở NN&MT"],
  ["SCT", "Sở Công Thương", "Sở Công Thương"],
  ["SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "Sở VHTT&DL"],
];
export const MINISTRY_DEPARTMENTS: readonly (readonly [code: string, name: string, short: string])[] = [
  ["VP", "Văn phòng Bộ", "Văn phòng Bộ"],
  ["TCCB", "Vụ Tổ chức cán bộ", "Vụ TCCB"],
  ["PC", "Vụ Pháp chế", "Vụ Pháp chế"],
  ["KHTC", "Vụ Kế hoạch - Tài chính", "Vụ KH-TC"],
  ["HTQT", "Vụ Hợp tác quốc tế", "Vụ HTQT"],
  ["TTR", "Thanh tra Bộ", "Thanh tra Bộ"],
  ["CNTT", "Cục Công nghệ thông tin", "Cục CNTT"],
  ["QLCL", "Cục Quản lý chất lượng", "Cục QLCL"],
  ["KHCN", "Vụ Khoa học, Công nghệ và Môi trường", "Vụ KHCN&MT"],
];
/** 10 offices under each department. */
export const OFFICES: readonly (readonly [code: string, name: string])[] = [
  ["VP", "Văn phòng"],
  ["TCCB", "Phòng Tổ chức cán bộ"],
  ["KHTC", "Phòng Kế hoạch - Tài chính"],
  ["PC", "Phòng Pháp chế"],
  ["TTR", "Phòng Thanh tra"],
  ["CCHC", "Phòng Cải cách hành chính"],
  ["CDS", "Phòng Chuyển đổi số"],
  ["QLCN", "Phòng Quản lý chuyên ngành"],
  ["TH", "Phòng Tổng hợp"],
  ["HTQT", "Phòng Hợp tác quốc tế"],
];

export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ["Nguyễn", 38], ["Trần", 11], ["Lê", 9], ["Phạm", 7], ["Hoàng", 5], ["Huỳnh", 3], ["Phan", 4], ["Vũ", 4],
  ["Võ", 3], ["Đặng", 2], ["Bùi", 2], ["Đỗ", 2], ["Hồ", 1.5], ["Ngô", 1.5], ["Dương", 1], ["Lý", 1],
  ["Đinh", 1], ["Trịnh", 1], ["Lương", 0.5], ["Mai", 0.5], ["Cao", 0.5], ["Tạ", 0.3], ["Đào", 0.7], ["Hà", 0.6],
];
export const MALE_MIDDLE = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Công", "Đình", "Hoàng", "Ngọc", "Trọng", "Quốc", "Tuấn"];
export const FEMALE_MIDDLE = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Kim", "Bích", "Thùy", "Mỹ", "Diệu"];
export const MALE_GIVEN = [
  "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Khoa", "Long", "Minh", "Nam", "Nghĩa", "Phong",
  "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Tiến", "Trung", "Tuấn", "Việt", "Vinh", "Hiếu", "Lâm", "Hưng", "Toàn",
];
export const FEMALE_GIVEN = [
  "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai", "My", "Nga",
  "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến", "Huyền", "Thư", "Ly",
];

/** What a proposal in each field is about (the object of the sentence). */
export const TITLE_OBJECTS: Record<Field, readonly string[]> = {
  ADMIN_REFORM: [
    "tiếp nhận hồ sơ hành chính trực tuyến toàn trình",
    "liên thông thủ tục đăng ký khai sinh, thường trú và bảo hiểm y tế",
    "trả kết quả thủ tục hành chính tại nhà qua bưu chính công ích",
    "cơ chế tiếp nhận, xử lý đề xuất, kiến nghị của người dân qua ứng dụng di động",
    "cắt giảm thành phần hồ sơ trùng lặp trong thủ tục cấp phép",
  ],
  DIGITAL: [
    "nền tảng dữ liệu dùng chung cấp tỉnh",
    "ký số kết quả giải quyết thủ tục hành chính",
    "trợ lý ảo hỗ trợ cán bộ tra cứu văn bản",
    "bản đồ số quản lý hạ tầng đô thị",
    "hệ thống tiếp nhận đề xuất sáng kiến của cán bộ trên môi trường số",
  ],
  ECONOMY: [
    "tổ công tác đặc biệt hỗ trợ nhà đầu tư",
    "cơ chế một đầu mối cho dự án đầu tư ngoài ngân sách",
    "rút ngắn thời gian cấp chủ trương đầu tư",
    "xúc tiến đầu tư theo chuỗi giá trị",
  ],
  FINANCE: [
    "giao khoán kinh phí theo kết quả đầu ra",
    "thanh toán không dùng tiền mặt phí, lệ phí",
    "công khai ngân sách theo thời gian thực",
    "đề xuất phân bổ vốn đầu tư công theo tiến độ giải ngân",
  ],
  LAND: [
    "số hóa hồ sơ địa chính",
    "giao đất, cho thuê đất qua đấu giá trực tuyến",
    "phân loại rác thải tại nguồn",
    "giám sát chất lượng nước bằng cảm biến tự động",
  ],
  INFRASTRUCTURE: [
    "cấp phép xây dựng nhà ở riêng lẻ trong 5 ngày",
    "bảo trì đường giao thông nông thôn theo hợp đồng dựa trên kết quả",
    "quản lý chiếu sáng công cộng thông minh",
    "đề xuất đầu tư theo phương thức đối tác công tư cho hạ tầng nhỏ",
  ],
  AGRICULTURE: [
    "truy xuất nguồn gốc nông sản bằng mã QR",
    "mô hình hợp tác xã kiểu mới liên kết tiêu thụ",
    "bảo hiểm nông nghiệp theo chỉ số thời tiết",
    "cấp mã số vùng trồng trực tuyến",
  ],
  EDUCATION: [
    "học bạ số cấp tiểu học",
    "tự chủ tài chính tại trường trung học phổ thông",
    "tuyển sinh đầu cấp trực tuyến",
    "bồi dưỡng giáo viên theo mô hình cụm trường",
  ],
  HEALTH: [
    "khám chữa bệnh từ xa cho trạm y tế xã",
    "hồ sơ sức khỏe điện tử liên thông",
    "đấu thầu thuốc tập trung cấp tỉnh",
    "quản lý bệnh không lây nhiễm tại tuyến cơ sở",
  ],
  CULTURE_SOCIETY: [
    "chi trả trợ cấp xã hội qua tài khoản ngân hàng",
    "thư viện số cộng đồng",
    "hỗ trợ việc làm cho lao động hồi hương",
    "số hóa di sản văn hóa phi vật thể",
  ],
  JUSTICE: [
    "hòa giải ở cơ sở có sự tham gia của luật sư tình nguyện",
    "rà soát văn bản quy phạm pháp luật bằng công cụ số",
    "chứng thực bản sao điện tử từ bản chính",
    "trợ giúp pháp lý trực tuyến",
  ],
  PERSONNEL: [
    "thi tuyển chức danh lãnh đạo cấp phòng",
    "đánh giá cán bộ theo kết quả công việc hằng tháng",
    "luân chuyển cán bộ trẻ về cơ sở",
    "quy trình xem xét đề xuất khen thưởng cán bộ dám nghĩ, dám làm",
  ],
  SECURITY_ORDER: [
    "camera giám sát an ninh trật tự kết nối trung tâm điều hành",
    "tổ an ninh cơ sở ứng dụng định danh điện tử",
    "phòng cháy chữa cháy khu dân cư tự quản",
  ],
  OTHER: ["sáng kiến cải tiến lề lối làm việc", "văn phòng không giấy tờ", "họp trực tuyến xuyên suốt các cấp"],
};

export const TITLE_VERBS: readonly string[] = [
  "Thí điểm", "Triển khai", "Ứng dụng", "Đổi mới", "Xây dựng", "Áp dụng", "Hoàn thiện", "Mở rộng", "Chuẩn hóa", "Nâng cao hiệu quả",
];

export const FIELD_WEIGHTS: readonly (readonly [Field, number])[] = [
  ["ADMIN_REFORM", 20], ["DIGITAL", 18], ["ECONOMY", 7], ["FINANCE", 7], ["LAND", 7], ["INFRASTRUCTURE", 6],
  ["AGRICULTURE", 7], ["EDUCATION", 7], ["HEALTH", 7], ["CULTURE_SOCIETY", 4], ["JUSTICE", 4], ["PERSONNEL", 3],
  ["SECURITY_ORDER", 2], ["OTHER", 1],
];
