// The 2026 walkthrough case (crates/core/examples/walkthrough/case.rs) as data: the user's own
// commune committee registered first, then the steps up to the point where Công an tỉnh has a
// removal request to report on. The web page loads it; the node tests replay it too.

/** UBND phường Nha Trang, registered by the user (a commune-level committee carries the district
 * committees' duties from 2025-07-01: an interpretation, status U). */
export const registration = {
  id: "ubnd-phuong-nha-trang",
  name: { vi: "UBND phường Nha Trang", en: "Nha Trang Ward People's Committee" },
  valid: { from: "2025-07-01" },
  status: "C",
  note: { vi: "Ví dụ do người dùng đăng ký", en: "Example registered by the user" },
  roles: [
    { role: "commune_committee", body: "ubnd-phuong-nha-trang", valid: { from: "2025-07-01" }, status: "C" },
    {
      role: "district_committee",
      body: "ubnd-phuong-nha-trang",
      valid: { from: "2025-07-01" },
      status: "U",
      interpretation: true,
    },
  ],
};

/** The steps: actor (body id, or {body, officer}), fact time, command. */
export const steps = [
  {
    actor: "ubnd-phuong-nha-trang",
    at: "2026-08-03T08:15:00+07:00",
    command: {
      type: "detect",
      case_id: "KH-2026-0042",
      source: "own_monitoring",
      topics: ["disasters_epidemics", "health"],
      area: { commune: "Phường Nha Trang" },
      content: {
        url: "https://facebook.com/groups/x/posts/1",
        platform: "Facebook",
        platform_kind: "social_network",
        kind: "post",
        summary:
          "Bài đăng bịa đặt về dịch bệnh bùng phát tại phường Nha Trang, kêu gọi người dân tích trữ lương thực",
        published_at: "2026-08-03T06:40:00+07:00",
        author_handle: "tai.khoan.a",
      },
    },
  },
  {
    actor: "ubnd-phuong-nha-trang",
    at: "2026-08-03T08:40:00+07:00",
    command: { type: "notify_lead", channel: "email", reference: "Email 08:40" },
  },
  {
    actor: { body: "so-vhttdl", officer: "Cán bộ theo dõi" },
    at: "2026-08-03T09:00:00+07:00",
    command: { type: "receive" },
  },
  {
    actor: { body: "so-vhttdl", officer: "Cán bộ theo dõi" },
    at: "2026-08-03T09:30:00+07:00",
    command: {
      type: "open_verification",
      method: "written_consultation",
      consulted: ["cong-an-tinh", "ban-tuyen-giao-dan-van"],
    },
  },
  {
    actor: "cong-an-tinh",
    at: "2026-08-03T14:00:00+07:00",
    command: {
      type: "submit_opinion",
      finding: "Không có dịch bệnh như bài đăng nêu; thông tin bịa đặt",
      direction: "Yêu cầu gỡ bỏ, xác minh chủ tài khoản",
      suggested_verdict: "violating",
    },
  },
  {
    actor: "ban-tuyen-giao-dan-van",
    at: "2026-08-03T15:00:00+07:00",
    command: {
      type: "submit_opinion",
      finding: "Gây hoang mang trong Nhân dân",
      direction: "Phản bác trên báo chí của tỉnh",
    },
  },
  {
    actor: { body: "so-vhttdl", officer: "Cán bộ theo dõi" },
    at: "2026-08-04T08:00:00+07:00",
    command: {
      type: "conclude",
      verdict: "violating",
      grounds: [{ instrument: "116/2025/QH15", article: 7, clause: 1, point: "d" }],
      note: "Thông tin sai sự thật gây hoang mang",
    },
  },
  {
    actor: { body: "so-vhttdl", officer: "Cán bộ theo dõi" },
    at: "2026-08-04T08:30:00+07:00",
    command: { type: "assign_action", kind: "removal_request", assignee: "cong-an-tinh" },
  },
];

/** The steps after the refused one (Công an tỉnh may not publish: Điều 7.5.b gives that to the
 * press), which finish the case. */
export const rest = [
  {
    actor: "cong-an-tinh",
    at: "2026-08-04T16:00:00+07:00",
    command: {
      type: "report_result",
      action_id: "A1",
      outcome: "done",
      note: "Nền tảng đã gỡ bài đăng; đã xác minh chủ tài khoản",
    },
  },
  {
    actor: "bao-khanh-hoa",
    at: "2026-08-05T07:00:00+07:00",
    command: {
      type: "publish_results",
      title: "Xử lý tài khoản đăng tin bịa đặt về dịch bệnh",
      url: "https://baokhanhhoa.vn/example",
    },
  },
  {
    actor: { body: "so-vhttdl", officer: "Cán bộ theo dõi" },
    at: "2026-08-05T10:00:00+07:00",
    command: { type: "close", note: "Hoàn thành" },
  },
];

/** Registers the example body (once) and replays `steps` (and `rest` when `all`) with the
 * package's `Case` class. Returns the case. */
export function buildSampleCase({ Case }, reg, { all = false } = {}) {
  if (!reg.body(registration.id)) reg.registerBody(registration);
  const list = all ? [...steps, ...rest] : steps;
  const [first, ...more] = list;
  const c = Case.start(reg, first.command, first.actor, first.at);
  for (const s of more) c.apply(s.command, s.actor, s.at);
  return c;
}
