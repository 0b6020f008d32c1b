// Generated from schemas/*.schema.json by `npm run gen:types`. Do not edit by hand.

export namespace agenciesSchema {
/**
 * Mã viết thường, không trùng, ví dụ bcsd-ubnd.
 */
export type MaCQuan = string;
/**
 * Tên đầy đủ của cơ quan, ví dụ Ban cán sự đảng UBND tỉnh.
 */
export type TenDYD = string;
/**
 * Tên ngắn dùng trong bảng, ví dụ BCSĐ UBND tỉnh.
 */
export type TenViTTT = string;
/**
 * party (cơ quan Đảng), state (cơ quan chính quyền) hoặc front (Mặt trận, đoàn thể); quyết định thể thức văn bản.
 */
export type LoICQuan = "party" | "state" | "front";
/**
 * Tên cơ quan cấp trên, in phía trên tên cơ quan ở đầu văn bản, ví dụ Tỉnh ủy Sơn La.
 */
export type CQuanCPTren = string;
/**
 * Chữ viết tắt tên cơ quan trong số, ký hiệu văn bản, ví dụ BDVTU trong 45-BC/BDVTU.
 */
export type ChViTTT = string;
/**
 * Chức danh ký thay mặt tập thể (T/M ... / TRƯỞNG BAN), ví dụ Trưởng Ban.
 */
export type ChCDanhNgIDNgDU = string;
/**
 * Mỗi cơ quan một mục, mã không trùng nhau.
 */
export type CQuan = CQuan1[];

/**
 * Mọi cơ quan, tổ chức ký kết, chủ trì hoặc phối hợp (tệp agencies.yaml).
 */
export interface AgenciesFile {
  agencies: CQuan;
}
/**
 * Một cơ quan, tổ chức.
 */
export interface CQuan1 {
  id: MaCQuan;
  name: TenDYD;
  short?: TenViTTT;
  kind?: LoICQuan;
  parent?: CQuanCPTren;
  symbol?: ChViTTT;
  head?: ChCDanhNgIDNgDU;
}
}

export namespace programmeSchema {
/**
 * Mã viết thường, không trùng trong kho, ví dụ dan-van-2017-2021.
 */
export type MaChNgTrinh = string;
/**
 * Tên đầy đủ của chương trình phối hợp.
 */
export type TenChNgTrinh = string;
/**
 * Số, ký hiệu của chương trình phối hợp, ví dụ 05-CTr/BCSĐ-BDVTU.
 */
export type SKyHiU = string;
/**
 * Ngày ký kết chương trình, dạng YYYY-MM-DD.
 */
export type NgayKy = string;
/**
 * Ngày bắt đầu giai đoạn, dạng YYYY-MM-DD.
 */
export type TNgay = string;
/**
 * Ngày kết thúc giai đoạn, dạng YYYY-MM-DD.
 */
export type DNNgay = string;
/**
 * Hai bên ký kết trở lên.
 *
 * @minItems 2
 */
export type CacBenKyKT = [BenKyKT, BenKyKT, ...BenKyKT[]];
/**
 * Mã cơ quan trong agencies.yaml.
 */
export type CQuan = string;
/**
 * Họ và tên người ký.
 */
export type NgIKy = string;
/**
 * Chức vụ của người ký khi ký kết.
 */
export type ChCV = string;
/**
 * Số, ký hiệu văn bản, ví dụ 114-KL/TW.
 */
export type SKyHiU1 = string;
/**
 * Ngày ban hành, dạng YYYY-MM-DD.
 */
export type NgayBanHanh = string;
/**
 * Cơ quan ban hành văn bản.
 */
export type CQuanBanHanh = string;
/**
 * Trích yếu nội dung văn bản.
 */
export type TrichYU = string;
/**
 * Các văn bản mà chương trình triển khai thực hiện.
 */
export type CanC = VanBNCanC[];
/**
 * Mục đích, yêu cầu của chương trình.
 */
export type MCDich = string;
/**
 * Số nội dung phối hợp khi ký.
 */
export type SNIDung = number;
/**
 * Số nhiệm vụ khi ký.
 */
export type SNhiMV = number;
/**
 * Các nội dung phối hợp, mỗi nội dung một mã.
 *
 * @minItems 1
 */
export type NIDungPhIHP = [NIDung, ...NIDung[]];
/**
 * Mã ngắn, ví dụ ND1.
 */
export type MaNIDung = string;
/**
 * Tên nội dung phối hợp.
 */
export type TenNIDung = string;
/**
 * Ngày trong năm phải hoàn thành đánh giá, dạng "MM-DD", ví dụ "12-15".
 */
export type HNDanhGia = string;
/**
 * Mã viết thường, không trùng, ví dụ tiep-dan.
 */
export type MaChTieu = string;
/**
 * Tên chỉ tiêu, ví dụ phiên tiếp công dân.
 */
export type TenChTieu = string;
/**
 * Đơn vị tính, ví dụ phiên.
 */
export type DNVTinh = string;
/**
 * Các số liệu chương trình theo dõi, cộng theo năm và theo giai đoạn.
 */
export type ChTieu = ChTieu1[];
/**
 * mid-term (sơ kết) hoặc final (tổng kết).
 */
export type LoI = "mid-term" | "final";
/**
 * Năm cuối cùng được sơ kết, tổng kết, ví dụ 2019.
 */
export type DNNam = number;
/**
 * Ngày tổ chức hội nghị, dạng YYYY-MM-DD; cũng là ngày của báo cáo.
 */
export type NgayTChC = string;
/**
 * Số, ký hiệu báo cáo sơ kết, tổng kết, ví dụ 12-BC/BCSĐ-BDVTU.
 */
export type VanBN = string;
/**
 * Các hội nghị sơ kết (mid-term) và tổng kết (final) chương trình.
 */
export type SKTTNgKT = SKTTNgKT1[];
/**
 * Văn bản tiếng Việt Unicode dựng sẵn (NFC).
 */
export type VanBN1 = string;
/**
 * Nơi nhận của các báo cáo, ví dụ Thường trực Tỉnh ủy (b/c).
 */
export type NINhN = VanBN1[];
/**
 * party (thể thức văn bản của Đảng, Hướng dẫn 36-HD/VPTW) hoặc state (Nghị định 30/2020/NĐ-CP); ghi đè thiết lập chung.
 */
export type ThThCVanBN = "party" | "state";

/**
 * Chương trình phối hợp đã ký kết (tệp programme.yaml).
 */
export interface Programme {
  id: MaChNgTrinh;
  title: TenChNgTrinh;
  number?: SKyHiU;
  signed_on: NgayKy;
  period: GiaiDoN;
  parties: CacBenKyKT;
  bases?: CanC;
  purpose?: MCDich;
  declared: SLNgKhiKy;
  contents: NIDungPhIHP;
  evaluation?: DanhGiaHNgNam;
  indicators?: ChTieu;
  reviews?: SKTTNgKT;
  recipients?: NINhN;
  heading?: ThThCVanBN;
}
/**
 * Thời gian thực hiện chương trình, từ ngày đến ngày.
 */
export interface GiaiDoN {
  from: TNgay;
  to: DNNgay;
}
/**
 * Cơ quan ký kết và người ký.
 */
export interface BenKyKT {
  agency: CQuan;
  signatory: NgIKy;
  position?: ChCV;
}
/**
 * Một văn bản căn cứ.
 */
export interface VanBNCanC {
  number: SKyHiU1;
  date?: NgayBanHanh;
  issuer?: CQuanBanHanh;
  title?: TrichYU;
}
/**
 * Số nội dung và nhiệm vụ ghi trong chương trình khi ký; văn bản bổ sung, điều chỉnh có thể thay đổi số đang thực hiện.
 */
export interface SLNgKhiKy {
  contents: SNIDung;
  tasks: SNhiMV;
}
/**
 * Một nội dung phối hợp.
 */
export interface NIDung {
  id: MaNIDung;
  title: TenNIDung;
}
/**
 * Hạn đánh giá chung hằng năm.
 */
export interface DanhGiaHNgNam {
  due: HNDanhGia;
}
/**
 * Một số liệu theo dõi.
 */
export interface ChTieu1 {
  id: MaChTieu;
  title: TenChTieu;
  unit: DNVTinh;
}
/**
 * Một hội nghị sơ kết hoặc tổng kết.
 */
export interface SKTTNgKT1 {
  kind: LoI;
  through: DNNam;
  held_on?: NgayTChC;
  document?: VanBN;
}
}

export namespace taskSchema {
/**
 * Mã ngắn, trùng với tên tệp, ví dụ NV03.
 */
export type MaNhiMV = string;
/**
 * Nội dung nhiệm vụ.
 */
export type TenNhiMV = string;
/**
 * Mã các nội dung phối hợp mà nhiệm vụ phục vụ (ít nhất một).
 *
 * @minItems 1
 */
export type ThuCNIDung = [MaNgN, ...MaNgN[]];
/**
 * Chữ cái, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, ví dụ NV03, T1.2, ND-4.
 */
export type MaNgN = string;
/**
 * Mã cơ quan chủ trì trong agencies.yaml.
 */
export type CQuanChTri = string;
/**
 * Chữ thường không dấu, số và dấu gạch ngang, ví dụ bdv-tu.
 */
export type MaDNhDanh = string;
/**
 * Mã các cơ quan phối hợp (có thể để trống).
 */
export type CQuanPhIHP = MaDNhDanh[];
/**
 * once (một lần), year (hằng năm), half-year (6 tháng), quarter (hằng quý) hoặc ongoing (thường xuyên).
 */
export type TNSuT = "once" | "year" | "half-year" | "quarter" | "ongoing";
/**
 * Ngày YYYY-MM-DD (nhiệm vụ một lần) hoặc "MM-DD" (nhiệm vụ định kỳ).
 */
export type NgayDNHN = string;
/**
 * once: một ngày YYYY-MM-DD; year: 1 ngày "MM-DD"; half-year: 2; quarter: 4; ongoing: không có hạn.
 */
export type HN = NgayDNHN[];
/**
 * Ngày bắt đầu; mặc định là ngày đầu giai đoạn của chương trình.
 */
export type BTDU = string;
/**
 * Ngày kết thúc; mặc định là ngày cuối giai đoạn của chương trình.
 */
export type KTThuc = string;
/**
 * active (đang thực hiện), done (hoàn thành), paused (tạm dừng) hoặc cancelled (đã hủy, qua văn bản điều chỉnh).
 */
export type TrNgThai = "active" | "done" | "paused" | "cancelled";
/**
 * Bắt buộc khi status là done.
 */
export type NgayHoanThanh = string;
/**
 * Tên tệp (không có .yaml) của văn bản bổ sung đã thêm nhiệm vụ này, ví dụ 2019-05-10.
 */
export type BSungTheo = string;
/**
 * Kỳ: "2018", "2018-H1" (6 tháng đầu năm) hoặc "2018-Q3" (quý III); bỏ trống với nhiệm vụ một lần.
 */
export type KBaoCao = string | number;
/**
 * Ngày báo cáo, dạng YYYY-MM-DD.
 */
export type NgayBaoCao = string;
/**
 * done (hoàn thành), partial (hoàn thành một phần) hoặc not_done (chưa hoàn thành).
 */
export type KTQu = "done" | "partial" | "not_done";
/**
 * Tóm tắt kết quả.
 */
export type GhiChu = string;
/**
 * Số, ký hiệu văn bản (ví dụ 41-KH/BDVTU) hoặc trích dẫn đầy đủ { number, date, title, issuer }.
 */
export type VanBNDNChNg = SKyHiUVanBN | TrichDNVanBN;
/**
 * Số và ký hiệu của văn bản, ví dụ 45-BC/BDVTU.
 */
export type SKyHiUVanBN = string;
/**
 * Số và ký hiệu của văn bản, ví dụ 45-BC/BDVTU.
 */
export type SKyHiUVanBN1 = string;
/**
 * Ngày ban hành, dạng YYYY-MM-DD.
 */
export type NgayBanHanh = string;
/**
 * Trích yếu nội dung văn bản.
 */
export type TrichYU = string;
/**
 * Tên hoặc mã (trong agencies.yaml) của cơ quan ban hành; mặc định suy ra từ ký hiệu.
 */
export type CQuanBanHanh = string;
/**
 * Các văn bản chứng minh kết quả: số, ký hiệu hoặc trích dẫn đầy đủ.
 */
export type VanBN = VanBNDNChNg[];
/**
 * Các lần báo cáo kết quả, mới nhất ở cuối.
 */
export type BaoCao = BaoCao1[];

/**
 * Một nhiệm vụ của chương trình (tệp tasks/<MÃ>.yaml).
 */
export interface Task {
  id: MaNhiMV;
  title: TenNhiMV;
  contents: ThuCNIDung;
  lead: CQuanChTri;
  partners?: CQuanPhIHP;
  schedule: LChThCHiN;
  start?: BTDU;
  end?: KTThuc;
  status: TrNgThai;
  done_on?: NgayHoanThanh;
  added_by?: BSungTheo;
  reports?: BaoCao;
}
/**
 * Tần suất và hạn báo cáo.
 */
export interface LChThCHiN {
  every: TNSuT;
  due?: HN;
}
/**
 * Một lần báo cáo kết quả.
 */
export interface BaoCao1 {
  period?: KBaoCao;
  on: NgayBaoCao;
  state: KTQu;
  note?: GhiChu;
  documents?: VanBN;
  figures?: SLiU;
}
/**
 * Số, ký hiệu kèm ngày ban hành, trích yếu và cơ quan ban hành.
 */
export interface TrichDNVanBN {
  number: SKyHiUVanBN1;
  date?: NgayBanHanh;
  title?: TrichYU;
  issuer?: CQuanBanHanh;
}
/**
 * Số liệu theo chỉ tiêu của chương trình, ví dụ { tiep-dan: 48 }.
 */
export interface SLiU {
  [k: string]: number | undefined;
}
}

export namespace evaluationSchema {
/**
 * Năm được đánh giá, trùng với tên tệp, ví dụ 2018.
 */
export type Nam = number;
/**
 * Ngày họp đánh giá chung, dạng YYYY-MM-DD.
 */
export type NgayDanhGia = string;
/**
 * Số, ký hiệu báo cáo hoặc biên bản liên tịch (nếu có).
 */
export type VanBN = string;
/**
 * draft (dự thảo) hoặc final (chính thức; không sửa sau khi chốt).
 */
export type TinhTrNg = "draft" | "final";
/**
 * Nhận xét chung về kết quả năm.
 */
export type DanhGiaChung = string;
/**
 * Mã nhiệm vụ, ví dụ NV01.
 */
export type NhiMV = string;
/**
 * excellent (hoàn thành xuất sắc), good (hoàn thành tốt), done (hoàn thành) hoặc not_done (chưa hoàn thành). Có thể để trống khi còn dự thảo; bắt buộc trước khi chốt.
 */
export type XPLoI = "excellent" | "good" | "done" | "not_done";
/**
 * Tóm tắt kết quả của nhiệm vụ trong năm.
 */
export type TomTT = string;
/**
 * Mỗi nhiệm vụ có trong năm một mục.
 */
export type KTQuTNgNhiMV = KTQuNhiMV[];
/**
 * Văn bản tiếng Việt Unicode dựng sẵn (NFC).
 */
export type VanBN1 = string;
/**
 * Công tác lãnh đạo, chỉ đạo, quán triệt, triển khai.
 */
export type LanhDOChDO = VanBN1[];
/**
 * Những kết quả nổi bật trong năm.
 */
export type KTQuNIBT = VanBN1[];
/**
 * Những ưu điểm trong năm.
 */
export type UDiM = VanBN1[];
/**
 * Những hạn chế, tồn tại.
 */
export type HNCh = VanBN1[];
/**
 * Nguyên nhân của hạn chế: một danh sách, hoặc tách khách quan (objective) và chủ quan (subjective).
 */
export type NguyenNhan = DanhSachVanBN | NguyenNhanTheoLoI;
/**
 * Mỗi mục một ý.
 */
export type DanhSachVanBN = VanBN1[];
/**
 * Mỗi mục một ý.
 */
export type DanhSachVanBN1 = VanBN1[];
/**
 * Mỗi mục một ý.
 */
export type DanhSachVanBN2 = VanBN1[];
/**
 * Mỗi mục một ý.
 */
export type DanhSachVanBN3 = VanBN1[];
/**
 * Mỗi mục một ý.
 */
export type DanhSachVanBN4 = VanBN1[];
/**
 * Mỗi mục một ý.
 */
export type DanhSachVanBN5 = VanBN1[];
/**
 * Chữ cái, chữ số, dấu chấm, gạch dưới hoặc gạch ngang, ví dụ NV03, T1.2, ND-4.
 */
export type MaNgN = string;
/**
 * Mã các nhiệm vụ cần tập trung năm sau.
 */
export type NhiMVTrNgTam = MaNgN[];
/**
 * Số, ký hiệu văn bản, ví dụ 03-KH/BCSĐ-BDVTU.
 */
export type SKyHiU = string;
/**
 * Ngày ban hành, dạng YYYY-MM-DD.
 */
export type NgayBanHanh = string;
/**
 * Mỗi mục một ý.
 */
export type DanhSachVanBN6 = VanBN1[];

/**
 * Đánh giá chung kết quả thực hiện trong một năm (tệp evaluations/<NĂM>.yaml).
 */
export interface Evaluation {
  year: Nam;
  held_on?: NgayDanhGia;
  document?: VanBN;
  state: TinhTrNg;
  overall?: DanhGiaChung;
  results?: KTQuTNgNhiMV;
  direction?: LanhDOChDO;
  highlights?: KTQuNIBT;
  strengths?: UDiM;
  shortcomings?: HNCh;
  causes?: NguyenNhan;
  lessons?: DanhSachVanBN3;
  recommendations?: DanhSachVanBN4;
  next_year?: KHoChNamTiPTheo;
  recipients?: DanhSachVanBN6;
}
/**
 * Xếp loại và tóm tắt kết quả của một nhiệm vụ.
 */
export interface KTQuNhiMV {
  task: NhiMV;
  rating?: XPLoI;
  summary?: TomTT;
}
/**
 * Nguyên nhân khách quan và chủ quan.
 */
export interface NguyenNhanTheoLoI {
  objective?: DanhSachVanBN1;
  subjective?: DanhSachVanBN2;
}
/**
 * Phương hướng, nhiệm vụ năm sau.
 */
export interface KHoChNamTiPTheo {
  priorities?: DanhSachVanBN5;
  focus_tasks?: NhiMVTrNgTam;
  plan?: KHoChNamSau;
}
/**
 * Kế hoạch phối hợp năm sau đã thống nhất, ví dụ { number: 03-KH/BCSĐ-BDVTU, date: 2020-01-10 }.
 */
export interface KHoChNamSau {
  number: SKyHiU;
  date?: NgayBanHanh;
}
}

export namespace amendmentSchema {
/**
 * Ngày ký văn bản; tên tệp bắt đầu bằng ngày này.
 */
export type Ngay = string;
/**
 * Số, ký hiệu văn bản bổ sung, điều chỉnh, ví dụ 05-QĐ/BCSĐ.
 */
export type SKyHiU = string;
/**
 * supplement (bổ sung) hoặc adjustment (điều chỉnh).
 */
export type LoI = "supplement" | "adjustment";
/**
 * Lý do bổ sung, điều chỉnh.
 */
export type LyDo = string;
/**
 * Danh sách thay đổi.
 *
 * @minItems 1
 */
export type ThayDI = [ThayDI1, ...ThayDI1[]];
/**
 * add_task (thêm nhiệm vụ), cancel_task (hủy nhiệm vụ), change_task (điều chỉnh nhiệm vụ) hoặc add_content (thêm nội dung).
 */
export type ThaoTac = "add_task" | "cancel_task" | "change_task" | "add_content";
/**
 * Mã nhiệm vụ được thêm, hủy hoặc điều chỉnh.
 */
export type NhiMV = string;
/**
 * Mã nội dung được thêm.
 */
export type NIDung = string;
/**
 * Nội dung điều chỉnh.
 */
export type GhiChu = string;

/**
 * Bổ sung hoặc điều chỉnh chương trình (tệp amendments/<YYYY-MM-DD>[-tên].yaml).
 */
export interface Amendment {
  date: Ngay;
  document: SKyHiU;
  kind: LoI;
  reason?: LyDo;
  changes: ThayDI;
}
/**
 * Một thay đổi: add_task, cancel_task, change_task (cần task) hoặc add_content (cần content).
 */
export interface ThayDI1 {
  op: ThaoTac;
  task?: NhiMV;
  content?: NIDung;
  note?: GhiChu;
}
}

export namespace settingsSchema {
/**
 * Ngôn ngữ mặc định của thông báo và báo cáo: vi (tiếng Việt) hoặc en (tiếng Anh).
 */
export type NgonNg = "vi" | "en";
/**
 * Múi giờ IANA dùng để xác định "hôm nay", mặc định Asia/Ho_Chi_Minh.
 */
export type MuiGi = string;
/**
 * Số ngày trước hạn được coi là sắp đến hạn, mặc định 30.
 */
export type SPDNHNNgay = number;
/**
 * Địa danh ghi ở dòng ngày tháng của báo cáo, ví dụ Điện Biên.
 */
export type DADanh = string;
/**
 * Dòng tiêu đề bên phải đầu văn bản Word: state (Quốc hiệu, theo Nghị định 30/2020/NĐ-CP) hoặc party (ĐẢNG CỘNG SẢN VIỆT NAM, theo Hướng dẫn 36-HD/VPTW). Mặc định state.
 */
export type TieuDVanBN = "state" | "party";

/**
 * Thiết lập tùy chọn của kho hồ sơ (tệp phoihop.yaml ở thư mục gốc).
 */
export interface Settings {
  lang?: NgonNg;
  timezone?: MuiGi;
  soon?: SPDNHNNgay;
  place?: DADanh;
  heading?: TieuDVanBN;
}
}
