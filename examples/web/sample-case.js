// The 2026 walkthrough case (crates/core/examples/walkthrough/case.rs) as data, on the corrected
// workflow: the user's own ward committee registered first, then the steps up to the point where
// the lead agency has requested two actions (removal by the police, a rebuttal by Báo Khánh Hòa)
// and the police have sent the platform a removal request. The web page loads it; the node tests
// replay it too.
//
// The verbs follow the regulation: the lead agency *requests* (đề nghị) other bodies to act
// (Điều 7.1.a, ý thứ 4), and each body acts within its own authority; nobody "assigns" work to a
// peer (the earlier `assign_action` command is refused).

/** UBND phường Nha Trang, registered by the user ({body, roles}: a ward committee carries the
 * district committees' duties from 2025-07-01, an interpretation, status U). */
export const registration = {
  body: {
    id: "ubnd-phuong-nha-trang",
    name: { vi: "UBND phường Nha Trang", en: "Nha Trang Ward People's Committee" },
    valid: { from: "2025-07-01" },
    status: "C",
    note: { vi: "Ví dụ do người dùng đăng ký", en: "Example registered by the user" },
  },
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

const LEAD = { body: "so-vhttdl", officer: "Cán bộ theo dõi" };

/** The steps: actor (body id, or {body, officer}), fact time, command. */
export const steps = [
  // Điều 5.1, 7.3.a: the ward committee detects false information in its area…
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
  // …and notifies the lead agency by e-mail (Điều 5.1.b).
  {
    actor: "ubnd-phuong-nha-trang",
    at: "2026-08-03T08:40:00+07:00",
    command: { type: "notify_lead", channel: "email", reference: "Email 08:40" },
  },
  // Điều 7.1.a (ý thứ 2, 3): the lead agency receives it and organises its verification by
  // written consultation of the police and the Party propaganda commission (Điều 5.2).
  { actor: LEAD, at: "2026-08-03T09:00:00+07:00", command: { type: "receive" } },
  {
    actor: LEAD,
    at: "2026-08-03T09:30:00+07:00",
    command: {
      type: "open_verification",
      method: "written_consultation",
      consulted: ["cong-an-tinh", "ban-tuyen-giao-dan-van"],
    },
  },
  // Điều 5.2.b, 7.2.a, 7.6.b: the consulted bodies give their opinions.
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
  // Điều 2.2: a violating verdict cites a ground in force at the content's publication
  // (điểm d khoản 1 Điều 7 Luật An ninh mạng 2025, from 2026-07-01).
  {
    actor: LEAD,
    at: "2026-08-04T08:00:00+07:00",
    command: {
      type: "conclude",
      verdict: "violating",
      grounds: [{ instrument: "116/2025/QH15", article: 7, clause: 1, point: "d" }],
      note: "Thông tin sai sự thật gây hoang mang",
    },
  },
  // Điều 7.1.a (ý thứ 4), 7.2.a: the lead agency requests the police to remove the content (A1).
  {
    actor: LEAD,
    at: "2026-08-04T08:30:00+07:00",
    command: {
      type: "request_action",
      kind: "removal",
      body: "cong-an-tinh",
      note: "Đề nghị Công an tỉnh yêu cầu nền tảng gỡ bỏ bài đăng",
    },
  },
  // Điều 7.2.b: the police send the platform a removal request (R1); the 24-hour deadline is
  // the platform's.
  {
    actor: "cong-an-tinh",
    at: "2026-08-04T09:30:00+07:00",
    command: { type: "send_removal_request", licensing: "cross_border", action_id: "A1", reference: "CV-PA05" },
  },
  // Điều 7.5.a, 7.5.c: the lead agency requests Báo Khánh Hòa to rebut the content (A2).
  {
    actor: LEAD,
    at: "2026-08-04T10:00:00+07:00",
    command: { type: "request_action", kind: "public_rebuttal", body: "bao-khanh-hoa" },
  },
];

/** The steps that finish the case: the platform's answer and both results reported (Điều
 * 7.2.b, 7.5.a), the results announced by the press (Điều 6.5, 7.5.b), the case closed by the
 * lead agency (Điều 7.1.a). */
export const rest = [
  {
    actor: "cong-an-tinh",
    at: "2026-08-04T21:00:00+07:00",
    command: { type: "record_platform_response", request_id: "R1", response: "complied" },
  },
  {
    actor: "cong-an-tinh",
    at: "2026-08-05T08:00:00+07:00",
    command: { type: "report_result", action_id: "A1", outcome: "done", note: "Nền tảng đã gỡ bài đăng" },
  },
  {
    actor: "bao-khanh-hoa",
    at: "2026-08-05T09:00:00+07:00",
    command: { type: "report_result", action_id: "A2", outcome: "done", note: "Đã đăng tin phản bác" },
  },
  {
    actor: "bao-khanh-hoa",
    at: "2026-08-05T10:00:00+07:00",
    command: {
      type: "publish_results",
      title: "Xử lý tài khoản đăng tin bịa đặt về dịch bệnh",
      url: "https://baokhanhhoa.vn/example",
    },
  },
  { actor: LEAD, at: "2026-08-05T10:00:00+07:00", command: { type: "close", note: "Hoàn thành" } },
];

/** Registers the example body (once) and replays `steps` (and `rest` when `all`) with the
 * package's `Case` class. Returns the case. */
export function buildSampleCase({ Case }, reg, { all = false } = {}) {
  if (!reg.body(registration.body.id)) reg.registerBody(registration);
  const list = all ? [...steps, ...rest] : steps;
  const [first, ...more] = list;
  const c = Case.start(reg, first.command, first.actor, first.at);
  for (const s of more) c.apply(s.command, s.actor, s.at);
  return c;
}
