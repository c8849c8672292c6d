"""Messages of a campaign's tasks: the campaign file's [[tasks]], ``thidua task``, the check's lists."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the campaign file ---
    "campaign.problem.task_twice": (
        "mã nhiệm vụ {code} đã dùng ở dòng {first}",
        "the task code {code} is already used on line {first}",
    ),
    "campaign.problem.tasks_needed": (
        'chỉ tiêu tasks_done cần danh sách nhiệm vụ, ví dụ tasks = ["T01", "T02"]',
        'a tasks_done target needs the tasks it judges, e.g. tasks = ["T01", "T02"]',
    ),
    "campaign.problem.tasks_not_allowed": (
        "'tasks' chỉ dùng cho chỉ tiêu tasks_done, không dùng cho {metric}",
        "'tasks' belongs to a tasks_done target only, not to {metric}",
    ),
    "campaign.problem.unknown_task": (
        "chỉ tiêu nêu nhiệm vụ '{task}' không có trong [[tasks]] (có: {known})",
        "the target names a task '{task}' that [[tasks]] does not list (it lists: {known})",
    ),
    "compliance.metric.tasks_done": (
        "Tỷ lệ nhiệm vụ hoàn thành đúng hạn",
        "Tasks done by their due date",
    ),
    "task.loaded": ("Kế hoạch có {count} nhiệm vụ.", "The campaign has {count} tasks."),
    "task.reloaded": (
        "{count} nhiệm vụ; giữ tiến độ đã ghi của {kept} nhiệm vụ, bỏ {removed} nhiệm vụ không còn "
        "trong tệp.",
        "{count} tasks; the progress recorded for {kept} of them is kept, {removed} tasks no longer "
        "in the file are dropped.",
    ),
    "task.progress_dropped": (
        "Tiến độ đã ghi của nhiệm vụ {codes} bị bỏ vì tệp kế hoạch không còn các mã này.",
        "The progress recorded for the tasks {codes} is dropped: the campaign file no longer "
        "lists their codes.",
    ),
    # --- thidua task ---
    "task.help": (
        "Nhiệm vụ của kế hoạch theo từng vai trò: xem, ghi hoàn thành, mở lại, lịch sử.",
        "The campaign's tasks by role: list them, record one done, reopen it, see its history.",
    ),
    "task.list.help": (
        "Danh sách nhiệm vụ và tình trạng tại một ngày: hoàn thành đúng hạn, hoàn thành trễ hạn, "
        "đang thực hiện (chưa đến hạn), quá hạn.",
        "The tasks and their status at a date: done, done late, open (not due yet), overdue.",
    ),
    "task.done.help": (
        "Ghi nhiệm vụ đã hoàn thành (mặc định hôm nay), kèm ghi chú.",
        "Record a task as done (today unless --on says otherwise), with a note.",
    ),
    "task.reopen.help": (
        "Mở lại nhiệm vụ đã ghi hoàn thành (việc chưa xong, ghi nhầm).",
        "Reopen a task recorded as done (the work is not finished, or it was recorded by mistake).",
    ),
    "task.history.help": (
        "Lịch sử các lần ghi hoàn thành, mở lại của nhiệm vụ.",
        "Every change recorded for the tasks: done, reopened, when.",
    ),
    "task.opt.campaign": (
        "Mã kế hoạch, ví dụ 486/KH-GDĐT.",
        "The campaign's code, e.g. 486/KH-GDĐT.",
    ),
    "task.opt.campaign_any": (
        "Mã kế hoạch (mặc định: mọi kế hoạch đã nạp).",
        "The campaign's code (default: every loaded campaign).",
    ),
    "task.opt.owner": (
        "Chỉ nhiệm vụ của người, đơn vị hay vai trò này, viết như trong tệp kế hoạch "
        "(không phân biệt hoa thường, dấu).",
        "Only the tasks of this person, unit or role, as the campaign file writes it (case and "
        "diacritics aside).",
    ),
    "task.opt.on": (
        "Ngày hoàn thành (mặc định hôm nay).",
        "The day the work was done (default today).",
    ),
    "task.opt.note": (
        "Ghi chú, ví dụ số biên bản, văn bản làm minh chứng.",
        "A note, e.g. the minutes or document that proves it.",
    ),
    "task.opt.reopen_note": ("Lý do mở lại.", "Why it is reopened."),
    "task.arg.code": ("Mã nhiệm vụ, ví dụ T01.", "The task's code, e.g. T01."),
    "task.arg.code_any": (
        "Mã nhiệm vụ (mặc định: mọi nhiệm vụ).",
        "The task's code (default: every task).",
    ),
    "task.none": (
        "Kế hoạch {campaign} không có nhiệm vụ nào: thêm các mục [[tasks]] vào tệp kế hoạch rồi "
        "nạp lại.",
        "The campaign {campaign} has no tasks: add [[tasks]] entries to its file and load it again.",
    ),
    "task.unknown": (
        "Kế hoạch {campaign} không có nhiệm vụ '{code}'; các mã có: {known}.",
        "The campaign {campaign} has no task '{code}'; its codes are: {known}.",
    ),
    "task.recorded": (
        "Đã ghi nhiệm vụ {code} ({campaign}) hoàn thành ngày {on}, hạn {due}: {status}.",
        "Recorded the task {code} ({campaign}) as done on {on}, due {due}: {status}.",
    ),
    "task.reopened": (
        "Đã mở lại nhiệm vụ {code} ({campaign}).",
        "Reopened the task {code} ({campaign}).",
    ),
    "task.already_open": (
        "Nhiệm vụ {code} chưa được ghi hoàn thành: không có gì để mở lại.",
        "The task {code} is not recorded as done: there is nothing to reopen.",
    ),
    "task.unchanged": (
        "Nhiệm vụ {code} đã được ghi như vậy: không thay đổi.",
        "The task {code} is already recorded so: unchanged.",
    ),
    "task.status.done": ("Hoàn thành đúng hạn", "Done"),
    "task.status.done_late": ("Hoàn thành trễ hạn", "Done late"),
    "task.status.open": ("Đang thực hiện", "Open"),
    "task.status.overdue": ("Quá hạn", "Overdue"),
    "task.col.campaign": ("Kế hoạch", "Campaign"),
    "task.col.code": ("Mã", "Code"),
    "task.col.title": ("Nhiệm vụ", "Task"),
    "task.col.owner": ("Thực hiện", "Owner"),
    "task.col.due": ("Hạn", "Due"),
    "task.col.done_on": ("Hoàn thành", "Done on"),
    "task.col.status": ("Tình trạng", "Status"),
    "task.col.note": ("Ghi chú", "Note"),
    "task.col.evidence": ("Minh chứng", "Evidence"),
    "task.plan_title": ("Nhiệm vụ theo kế hoạch", "The plan's tasks"),
    "task.col.recorded_at": ("Ghi lúc", "Recorded at"),
    "task.col.action": ("Thao tác", "Change"),
    "task.action.done": ("Ghi hoàn thành", "Recorded done"),
    "task.action.reopen": ("Mở lại", "Reopened"),
    "task.title": ("Nhiệm vụ của các kế hoạch tại ngày {as_of}", "Campaign tasks at {as_of}"),
    "task.title_campaign": (
        "Nhiệm vụ của kế hoạch {campaign} tại ngày {as_of}",
        "Tasks of the campaign {campaign} at {as_of}",
    ),
    "task.summary": (
        "{total} nhiệm vụ: {done} hoàn thành đúng hạn, {done_late} hoàn thành trễ hạn, {open} đang "
        "thực hiện, {overdue} quá hạn.",
        "{total} tasks: {done} done, {done_late} done late, {open} open, {overdue} overdue.",
    ),
    "task.sheet": ("Nhiệm vụ", "Tasks"),
    "task.no_owner": (
        "Không có nhiệm vụ nào của '{owner}'. Thực hiện theo tệp kế hoạch: {owners}.",
        "No task belongs to '{owner}'. The owners the campaign files name: {owners}.",
    ),
    "task.none_listed": (
        "Chưa có nhiệm vụ nào (kế hoạch: {campaign}); nhiệm vụ được khai báo trong tệp kế hoạch "
        "([[tasks]]).",
        "No tasks yet (campaign: {campaign}); tasks are listed in the campaign file ([[tasks]]).",
    ),
    "task.history_title": (
        "Lịch sử nhiệm vụ của kế hoạch {campaign}: {code}",
        "History of the tasks of the campaign {campaign}: {code}",
    ),
    "task.every_task": ("mọi nhiệm vụ", "every task"),
    "task.history_sheet": ("Lịch sử nhiệm vụ", "Task history"),
    "task.no_history": (
        "Chưa ghi thay đổi nào (thidua task done MÃ --campaign KẾ-HOẠCH).",
        "No change recorded yet (thidua task done CODE --campaign CAMPAIGN).",
    ),
    "task.demo_recorded": (
        "Đã ghi tiến độ của {count} nhiệm vụ theo {file} (như thidua task done).",
        "Recorded the progress of {count} tasks from {file} (as thidua task done does).",
    ),
    "task.demo_section": (
        "Nhiệm vụ của kế hoạch {campaign} tại ngày {as_of}",
        "Tasks of the campaign {campaign} at {as_of}",
    ),
    # --- the daily check ---
    "task.check.overdue": ("Nhiệm vụ quá hạn ({count})", "Overdue tasks ({count})"),
    "task.check.due_soon": (
        "Nhiệm vụ đến hạn trong {within} ngày làm việc tới ({count})",
        "Tasks due within the next {within} working days ({count})",
    ),
}
