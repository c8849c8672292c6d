"""Messages of the papers an office files: the document frame, the review report, Word output."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the frame of every document (Nghị định 30/2020/NĐ-CP) ---
    "document.nation": (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SOCIALIST REPUBLIC OF VIETNAM",
    ),
    "document.motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "document.number": ("Số", "No."),
    "document.addressee": ("Kính gửi: {who}", "To: {who}"),
    "document.recipients": ("Nơi nhận:", "Recipients:"),
    "document.archive": ("Lưu: VT.", "File copy."),
    "document.page": ("Trang {page}", "Page {page}"),
    # --- thidua report review ---
    "review.help": (
        "Báo cáo sơ kết hoặc tổng kết kế hoạch thi đua, theo thể thức văn bản hành chính "
        "(Nghị định 30/2020/NĐ-CP): Word (.docx), Markdown, HTML, JSON.",
        "The interim or final review of a campaign, in the state's format for administrative "
        "documents (Decree 30/2020/NĐ-CP): Word (.docx), Markdown, HTML, JSON.",
    ),
    "review.opt.campaign": (
        "Mã kế hoạch, ví dụ 486/KH-GDĐT.",
        "The campaign's code, e.g. 486/KH-GDĐT.",
    ),
    "review.opt.stage": (
        "so-ket (sơ kết, giữa kỳ) hoặc tong-ket (tổng kết, khi kết thúc).",
        "so-ket (interim review) or tong-ket (final review).",
    ),
    "review.bad_stage": (
        "Giai đoạn báo cáo '{value}' không có: dùng so-ket (sơ kết) hoặc tong-ket (tổng kết).",
        "No review stage '{value}': use so-ket (interim) or tong-ket (final).",
    ),
    "review.final_too_early": (
        "Kế hoạch kết thúc ngày {end}; báo cáo tổng kết lập ngày {as_of} chỉ tính số liệu đến "
        "ngày đó.",
        "The campaign ends on {end}; a final review dated {as_of} counts only up to that day.",
    ),
    "review.sheet": ("Báo cáo", "Review"),
    "review.kind": ("BÁO CÁO", "REPORT"),
    "review.subject.so-ket": (
        "Sơ kết phong trào thi đua theo Kế hoạch số {code}",
        "Interim review of the emulation campaign of plan {code}",
    ),
    "review.subject.tong-ket": (
        "Tổng kết phong trào thi đua theo Kế hoạch số {code}",
        "Final review of the emulation campaign of plan {code}",
    ),
    "review.plan": ("Kế hoạch số {code}", "plan {code}"),
    "review.opening.so-ket": (
        "Thực hiện {reference}, đơn vị báo cáo sơ kết kết quả thực hiện từ ngày {start} đến "
        "ngày {end} như sau:",
        "Under {reference}, this is the interim review of the results from {start} to {end}:",
    ),
    "review.opening.tong-ket": (
        "Thực hiện {reference}, đơn vị báo cáo tổng kết kết quả thực hiện từ ngày {start} đến "
        "ngày {end} như sau:",
        "Under {reference}, this is the final review of the results from {start} to {end}:",
    ),
    "review.section.results": ("Kết quả thực hiện", "Results"),
    "review.section.assessment": ("Đánh giá chung", "Overall assessment"),
    "review.section.proposal": ("Đề xuất khen thưởng", "Proposed commendations"),
    "review.section.next": (
        "Phương hướng, nhiệm vụ thời gian tới",
        "Next steps",
    ),
    "review.results.tasks": (
        "Công tác chỉ đạo, triển khai và các nhiệm vụ theo kế hoạch",
        "Direction, deployment and the plan's tasks",
    ),
    "review.results.targets": (
        "Kết quả giải quyết hồ sơ và các chỉ tiêu thi đua",
        "Dossiers resolved and the campaign's targets",
    ),
    "review.results.initiatives": ("Mô hình, sáng kiến, giải pháp", "Initiatives and models"),
    "review.results.satisfaction": (
        "Mức độ hài lòng của người dân, tổ chức",
        "Citizens' and organisations' satisfaction",
    ),
    "review.results.enrollment": ("Tuyển sinh trực tuyến", "Online enrolment"),
    "review.results.conduct": (
        "Thực hiện quy tắc ứng xử của cán bộ, công chức, viên chức",
        "The staff's code of conduct",
    ),
    "review.strengths": ("Ưu điểm", "Strengths"),
    "review.shortcomings": ("Hạn chế", "Shortcomings"),
    "review.causes": ("Nguyên nhân:", "Causes:"),
    "review.closing": (
        "Trên đây là báo cáo kết quả thực hiện Kế hoạch số {code}./.",
        "This concludes the report on plan {code}.",
    ),
    "review.no_tasks": (
        "Kế hoạch không giao nhiệm vụ cụ thể theo vai trò.",
        "The plan gives no task to a role.",
    ),
    "review.tasks_summary": (
        "Đã hoàn thành {finished}/{total} nhiệm vụ được giao theo kế hoạch ({done} đúng hạn, "
        "{done_late} trễ hạn); {open} nhiệm vụ đang thực hiện, {overdue} nhiệm vụ quá hạn.",
        "{finished} of the plan's {total} tasks are done ({done} on time, {done_late} late); "
        "{open} are open and {overdue} overdue.",
    ),
    "review.dossiers_summary": (
        "Từ ngày {start} đến ngày {end}, đã giải quyết {finished} hồ sơ: {early} trước hạn, "
        "{on_time} đúng hạn, {late} trễ hạn (tỷ lệ trước hạn, đúng hạn {rate}); còn {open} hồ sơ "
        "đang giải quyết, trong đó {open_overdue} hồ sơ quá hạn. Kết quả từng chỉ tiêu:",
        "From {start} to {end}, {finished} dossiers were resolved: {early} early, {on_time} on "
        "time, {late} late (early or on time: {rate}); {open} are still open, {open_overdue} of "
        "them overdue. Each target:",
    ),
    "review.by_phase": ("Hồ sơ theo giai đoạn", "Dossiers by phase"),
    "review.by_unit": (
        "Hồ sơ và mức độ hài lòng theo đơn vị",
        "Dossiers and satisfaction by unit",
    ),
    "review.no_initiatives": (
        "Chưa có mô hình, sáng kiến nào đăng ký.",
        "No initiative has been registered.",
    ),
    "review.initiatives_summary": (
        "Có {total} mô hình, sáng kiến, giải pháp đăng ký: {recognized} được công nhận, "
        "{under_review} đang thẩm định, {registered} mới đăng ký, {rejected} không được công nhận.",
        "{total} initiatives were registered: {recognized} recognised, {under_review} under "
        "review, {registered} registered, {rejected} rejected.",
    ),
    "review.no_answers": (
        "Chưa có phiếu đánh giá mức độ hài lòng.",
        "No satisfaction survey answer yet.",
    ),
    "review.satisfaction_summary": (
        "Có {answers} phiếu đánh giá, {satisfied} phiếu hài lòng và rất hài lòng, đạt {rate}",
        "{answers} survey answers, {satisfied} satisfied or very satisfied: {rate}",
    ),
    "review.satisfaction_below": (
        "Cán bộ có tỷ lệ hài lòng chưa đạt mức chỉ tiêu: {officers}.",
        "Officers below the satisfaction target: {officers}.",
    ),
    "review.no_enrollment": (
        "Chưa có số liệu tuyển sinh trực tuyến.",
        "No online enrolment figures yet.",
    ),
    "review.enrollment_summary": (
        "Năm học {year}, {schools} trường tiếp nhận {total} hồ sơ tuyển sinh, trong đó {online} "
        "hồ sơ nộp trực tuyến; tỷ lệ trực tuyến thấp nhất ở một giai đoạn là {lowest}.",
        "For the school year {year}, schools receiving enrolment applications: {schools}; "
        "applications: {total}, of them online: {online}; the lowest online share at one stage "
        "is {lowest}.",
    ),
    "review.enrollment_below": (
        "Chưa đạt 100% hồ sơ trực tuyến: {schools}.",
        "Below 100% online: {schools}.",
    ),
    "review.conduct_rate": (
        "Tỷ lệ cán bộ, công chức, viên chức thực hiện đúng quy tắc ứng xử: {rate}.",
        "Staff keeping the code of conduct: {rate}.",
    ),
    "review.upheld": (
        "Có {count} phản ánh có cơ sở về thái độ, tác phong của cán bộ: {officers}.",
        "Upheld complaints about an officer's conduct: {count}, about {officers}.",
    ),
    "review.no_upheld": (
        "Không có phản ánh có cơ sở về thái độ, tác phong của cán bộ.",
        "No upheld complaint about an officer's conduct.",
    ),
    "review.no_proposal": (
        "Không có tập thể, cá nhân đủ điều kiện đề nghị khen thưởng theo tiêu chí của kế hoạch.",
        "No unit or person meets the plan's criteria for a commendation.",
    ),
    "review.proposal_intro": (
        "Căn cứ kết quả thực hiện và tiêu chí của kế hoạch, đề nghị khen thưởng {units} tập thể "
        "và {individuals} cá nhân có thành tích như sau:",
        "On these results and the plan's criteria, {units} units and {individuals} people are "
        "proposed for commendation:",
    ),
    # --- the proposal for commendation ---
    "proposal.kind": ("DANH SÁCH", "LIST"),
    "proposal.opt.as_of": (
        "Ngày tính số liệu đến (không quá ngày cuối kế hoạch), cũng là ngày ghi trên danh sách "
        "đề nghị khen thưởng (.docx); mặc định hôm nay.",
        "The last day counted (at most the campaign's last day), also the date the proposal list "
        "(.docx) bears; today by default.",
    ),
    "proposal.subject": (
        "Tập thể, cá nhân đề nghị khen thưởng trong phong trào thi đua theo Kế hoạch số {code}",
        "Units and people proposed for commendation in the emulation campaign of plan {code}",
    ),
    "proposal.units": ("Tập thể", "Units"),
    "proposal.individuals": ("Cá nhân", "Individuals"),
    "proposal.col.unit_name": ("Tên tập thể", "Unit"),
    "proposal.col.name": ("Họ và tên", "Name"),
    "proposal.col.title": ("Chức vụ", "Title"),
    "proposal.col.unit": ("Đơn vị", "Unit"),
    "proposal.col.achievements": ("Thành tích", "Achievements"),
    "proposal.col.form": ("Hình thức khen thưởng", "Form of commendation"),
    "proposal.total": (
        "Tổng cộng: {units} tập thể, {individuals} cá nhân./.",
        "In all: {units} units and {individuals} people.",
    ),
    "review.strength.targets": ("Đạt các chỉ tiêu: {targets}.", "Targets met: {targets}."),
    "review.strength.tasks": (
        "{done}/{total} nhiệm vụ theo kế hoạch hoàn thành đúng hạn.",
        "{done} of the plan's {total} tasks were done on time.",
    ),
    "review.strength.units": (
        "Các đơn vị không có hồ sơ trễ hạn, quá hạn: {units}.",
        "Units with no late or overdue dossier: {units}.",
    ),
    "review.shortcoming.target": (
        "Chưa đạt chỉ tiêu “{target}” ({required}): {actual}.",
        "Target not met, “{target}” ({required}): {actual}.",
    ),
    "review.shortcoming.late": (
        "Có {count} hồ sơ trễ hạn hoặc quá hạn, của: {officers}.",
        "Dossiers late or overdue: {count}, handled by {officers}.",
    ),
    "review.shortcoming.task_done_late": (
        "Nhiệm vụ {code} “{title}” ({owner}), hạn {due}, hoàn thành trễ ngày {done_on}.",
        "Task {code} “{title}” ({owner}), due {due}, was done late on {done_on}.",
    ),
    "review.shortcoming.task_open": (
        "Nhiệm vụ {code} “{title}” ({owner}), hạn {due}, đang thực hiện.",
        "Task {code} “{title}” ({owner}), due {due}, is still open.",
    ),
    "review.shortcoming.task_overdue": (
        "Nhiệm vụ {code} “{title}” ({owner}), hạn {due}, chưa hoàn thành.",
        "Task {code} “{title}” ({owner}), due {due}, is not done.",
    ),
    "review.none_found": ("Không có.", "None."),
    "review.demo_section": (
        "Báo cáo tổng kết kế hoạch {campaign} (Word)",
        "The final review of the campaign {campaign} (Word)",
    ),
    "proposal.demo_section": (
        "Danh sách đề nghị khen thưởng theo kế hoạch {campaign} (Word)",
        "The list proposed for commendation under the campaign {campaign} (Word)",
    ),
    # --- Word output ---
    "export.docx_needs_output": (
        "Định dạng docx là tệp Word, không in ra màn hình được; hãy thêm --output TỆP.docx.",
        "The docx format is a Word file and cannot be printed on the screen; add --output "
        "FILE.docx.",
    ),
    "export.no_document": (
        "Báo cáo này không có dạng văn bản Word; .docx dùng cho báo cáo sơ kết, tổng kết "
        "(thidua report review) và danh sách đề nghị khen thưởng (thidua awards).",
        "This report has no Word form; .docx is for the review report (thidua report review) and "
        "the proposal for commendation (thidua awards).",
    ),
}
