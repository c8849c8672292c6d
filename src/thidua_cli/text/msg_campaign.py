"""Messages of campaigns, survey answers, the satisfaction report and the compliance report."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- campaign files ---
    "campaign.help": (
        "Kế hoạch thi đua (tệp TOML): nạp, xem danh sách, xem chi tiết.",
        "Emulation campaigns (TOML files): load, list, show.",
    ),
    "campaign.load.help": (
        "Nạp (hoặc cập nhật) một kế hoạch thi đua từ tệp TOML: các giai đoạn, chỉ tiêu và tiêu chí "
        "khen thưởng.",
        "Load (or update) a campaign from a TOML file: its phases, targets and award rules.",
    ),
    "campaign.list.help": ("Danh sách các kế hoạch đã nạp.", "List the loaded campaigns."),
    "campaign.show.help": (
        "Xem một kế hoạch: giai đoạn, trọng tâm, chỉ tiêu, tiêu chí khen thưởng.",
        "Show a campaign: phases, focus, targets, award rules.",
    ),
    "campaign.arg.file": ("Tệp kế hoạch (.toml).", "The campaign file (.toml)."),
    "campaign.arg.code": (
        "Số hiệu kế hoạch, ví dụ 486/KH-GDĐT.",
        "The campaign code, e.g. 486/KH-GDĐT.",
    ),
    "campaign.no_such_file": ("Không tìm thấy tệp {path}.", "No such file: {path}."),
    "campaign.not_utf8": (
        "Tệp {file} không phải văn bản UTF-8 (byte thứ {position}); hãy lưu lại tệp với bảng mã UTF-8.",
        "The file {file} is not UTF-8 text (byte {position}); save it again as UTF-8.",
    ),
    "campaign.unreadable": (
        "Không đọc được tệp {file}: {reason}.",
        "Cannot read the file {file}: {reason}.",
    ),
    "campaign.invalid": (
        "Tệp kế hoạch {file} có {count} lỗi; chưa nạp gì:",
        "The campaign file {file} has {count} mistakes; nothing was loaded:",
    ),
    "campaign.inserted": (
        "Đã nạp kế hoạch {code}: {phases} giai đoạn, {targets} chỉ tiêu.",
        "Loaded the campaign {code}: {phases} phases, {targets} targets.",
    ),
    "campaign.updated": (
        "Đã cập nhật kế hoạch {code}: {phases} giai đoạn, {targets} chỉ tiêu.",
        "Updated the campaign {code}: {phases} phases, {targets} targets.",
    ),
    "campaign.unchanged": (
        "Kế hoạch {code} không thay đổi.",
        "The campaign {code} is unchanged.",
    ),
    "campaign.focus_unmatched": (
        "trọng tâm có thủ tục không khớp với thủ tục hay hồ sơ nào đã nhập (kiểm tra tên hoặc mã): "
        "{names}",
        "the focus names procedures that match no imported procedure or dossier (check the name "
        "or code): {names}",
    ),
    "campaign.unknown": (
        "Không có kế hoạch '{code}'; các kế hoạch đã nạp: {known}.",
        "No campaign '{code}'; the loaded campaigns are: {known}.",
    ),
    "campaign.none_loaded": (
        "Không có kế hoạch '{code}': chưa nạp kế hoạch nào (dùng thidua campaign load TỆP.toml).",
        "No campaign '{code}': none is loaded yet (use thidua campaign load FILE.toml).",
    ),
    # One mistake of a campaign file; "dòng N: " is put in front.
    "campaign.problem.syntax": ("lỗi cú pháp TOML: {detail}", "TOML syntax error: {detail}"),
    "campaign.problem.syntax_at": (
        "lỗi cú pháp TOML ở cột {column}: {detail}",
        "TOML syntax error at column {column}: {detail}",
    ),
    "campaign.problem.unknown_key": (
        "khóa '{key}' không dùng được trong {where} (dùng: {allowed})",
        "unknown key '{key}' in {where} (allowed: {allowed})",
    ),
    "campaign.problem.missing_table": (
        "thiếu bảng [{key}]",
        "the table [{key}] is missing",
    ),
    "campaign.problem.not_a_table": (
        "'{key}' phải là một bảng",
        "'{key}' must be a table",
    ),
    "campaign.problem.not_an_array": (
        "'{key}' phải là một danh sách bảng ([[{key}]])",
        "'{key}' must be an array of tables ([[{key}]])",
    ),
    "campaign.problem.missing": ("thiếu '{key}'", "'{key}' is missing"),
    "campaign.problem.not_text": (
        "'{key}' phải là một chuỗi không rỗng, không phải {value}",
        "'{key}' must be a non-empty string, not {value}",
    ),
    "campaign.problem.not_texts": (
        "'{key}' phải là một danh sách chuỗi, ví dụ [\"GD1\"], không phải {value}",
        "'{key}' must be a list of strings, e.g. [\"GD1\"], not {value}",
    ),
    "campaign.problem.bad_date": (
        "'{key}' = {value} không phải ngày hợp lệ (viết 2021-06-01 hoặc \"01/06/2021\")",
        "'{key}' = {value} is not a valid date (write 2021-06-01 or \"01/06/2021\")",
    ),
    "campaign.problem.bad_count": (
        "'{key}' = {value} phải là số nguyên dương",
        "'{key}' = {value} must be a positive whole number",
    ),
    "campaign.problem.not_a_number": (
        "'value' = {value} phải là một số",
        "'value' = {value} must be a number",
    ),
    "campaign.problem.rate_range": (
        "{name} là tỷ lệ từ 0 đến 1: viết 0.95 cho 95%, không phải {value}",
        "{name} is a rate from 0 to 1: write 0.95 for 95%, not {value}",
    ),
    "campaign.problem.count_value": (
        "{name} đếm số lượng: cần số nguyên không âm, không phải {value}",
        "{name} counts things: it needs a whole number of 0 or more, not {value}",
    ),
    "campaign.problem.bad_metric": (
        "chỉ tiêu '{value}' không có; dùng một trong: {allowed}",
        "unknown metric '{value}'; use one of: {allowed}",
    ),
    "campaign.problem.bad_criterion": (
        "tiêu chí '{value}' không có; dùng một trong: {allowed}",
        "unknown criterion '{value}'; use one of: {allowed}",
    ),
    "campaign.problem.bad_op": (
        "phép so sánh '{value}' không có; dùng một trong: {allowed}",
        "unknown operator '{value}'; use one of: {allowed}",
    ),
    "campaign.problem.bad_rank": (
        "khóa xếp hạng '{value}' không có; dùng: {allowed}",
        "unknown ranking key '{value}'; use: {allowed}",
    ),
    "campaign.problem.bad_channel": (
        "kênh '{value}' không có; dùng: {allowed} (hoặc trực tiếp, trực tuyến, bưu chính)",
        "unknown channel '{value}'; use: {allowed}",
    ),
    "campaign.problem.end_before_start": (
        "kế hoạch kết thúc ngày {end}, trước ngày bắt đầu {start}",
        "the campaign ends on {end}, before it starts on {start}",
    ),
    "campaign.problem.phase_end_before_start": (
        "giai đoạn {phase} kết thúc ngày {end}, trước ngày bắt đầu {start}",
        "phase {phase} ends on {end}, before it starts on {start}",
    ),
    "campaign.problem.phase_starts_early": (
        "giai đoạn {phase} bắt đầu ngày {start}, trước khi kế hoạch bắt đầu ({campaign_start})",
        "phase {phase} starts on {start}, before the campaign starts ({campaign_start})",
    ),
    "campaign.problem.phase_ends_late": (
        "giai đoạn {phase} kết thúc ngày {end}, sau khi kế hoạch kết thúc ({campaign_end})",
        "phase {phase} ends on {end}, after the campaign ends ({campaign_end})",
    ),
    "campaign.problem.phases_overlap": (
        "giai đoạn {phase} bắt đầu ngày {start}, khi giai đoạn {other} chưa kết thúc (đến {end})",
        "phase {phase} starts on {start}, before phase {other} ends (on {end})",
    ),
    "campaign.problem.phase_twice": (
        "mã giai đoạn {code} đã dùng ở dòng {first}",
        "the phase code {code} is already used on line {first}",
    ),
    "campaign.problem.unknown_phase": (
        "chỉ tiêu áp dụng cho giai đoạn '{phase}' không có trong kế hoạch (có: {known})",
        "the target applies to a phase '{phase}' the campaign does not have (it has: {known})",
    ),
    # --- showing a campaign ---
    "campaign.list_title": ("Các kế hoạch thi đua ({count})", "Campaigns ({count})"),
    "campaign.col.code": ("Số hiệu", "Code"),
    "campaign.col.name": ("Tên", "Name"),
    "campaign.col.period": ("Thời gian", "Period"),
    "campaign.col.loaded_at": ("Nạp lúc", "Loaded at"),
    "campaign.col.file_name": ("Tệp", "File"),
    "campaign.col.focus": ("Trọng tâm", "Focus"),
    "campaign.col.label": ("Nội dung", "Description"),
    "campaign.col.metric": ("Chỉ số", "Metric"),
    "campaign.col.criterion": ("Tiêu chí", "Criterion"),
    "campaign.col.requirement": ("Yêu cầu", "Requirement"),
    "campaign.col.applies_to": ("Áp dụng cho", "Applies to"),
    "campaign.period_line": (
        "Thời gian: {period}. Tỷ lệ hài lòng từ dưới {count} phiếu được đánh dấu là ít phiếu.",
        "Period: {period}. A satisfaction rate from fewer than {count} answers is marked as such.",
    ),
    "campaign.phases_title": ("Các giai đoạn", "Phases"),
    "campaign.targets_title": ("Chỉ tiêu", "Targets"),
    "campaign.every_phase": (
        "mọi giai đoạn và toàn kế hoạch",
        "every phase and the whole campaign",
    ),
    "campaign.awards_individual_title": (
        "Tiêu chí khen thưởng cá nhân",
        "Award criteria for individuals",
    ),
    "campaign.awards_unit_title": ("Tiêu chí khen thưởng tập thể", "Award criteria for units"),
    "campaign.min_answers_note": ("(từ {count} phiếu trở lên)", "(from {count} answers)"),
    "campaign.rank_line": (
        "Xếp hạng các ứng viên đủ điều kiện theo: {keys}.",
        "Eligible candidates are ranked by: {keys}.",
    ),
    "campaign.focus_all": ("tất cả hồ sơ", "every dossier"),
    "campaign.focus_procedures": ("thủ tục: {names}.", "procedures: {names}."),
    "campaign.focus_channels": ("Kênh: {channels}.", "Channels: {channels}."),
    "campaign.channel.direct": ("trực tiếp", "in person"),
    "campaign.channel.online": ("trực tuyến", "online"),
    "campaign.channel.postal": ("bưu chính", "postal"),
    # --- survey import ---
    "survey.import_help": (
        "Nhập phiếu đánh giá mức độ hài lòng (mã phiếu, mã hồ sơ, cán bộ, ngày đánh giá, câu hỏi "
        "hoặc tiêu chí, mức độ, góp ý). Nhập lại tệp đã sửa thì phiếu được cập nhật, không tính "
        "hai lần.",
        "Import satisfaction survey answers (answer id, dossier code, officer, date, question or "
        "criterion, rating, comment). Importing a corrected export again updates the answers "
        "instead of counting them twice.",
    ),
    "survey.opt.scale": (
        "Số mức của thang điểm khi mức độ hài lòng ghi bằng số: 5, 4 hoặc 3 (mức cao nhất là hài "
        "lòng nhất).",
        "Levels of the scale when ratings are numbers: 5, 4 or 3 (the highest is the most "
        "satisfied).",
    ),
    "survey.unknown_dossiers": (
        "{count} phiếu ghi mã hồ sơ chưa có trong cơ sở dữ liệu; vẫn được giữ, và được tính cho "
        "cán bộ, đơn vị của hồ sơ khi hồ sơ được nhập",
        "{count} answers name a dossier code not in the database; they are kept, and count for "
        "the dossier's officer and unit once the dossier is imported",
    ),
    "survey.without_officer": (
        "{count} phiếu không xác định được cán bộ (không ghi cán bộ, không có hồ sơ); chỉ được "
        "tính vào tỷ lệ chung",
        "{count} answers have no officer (none written, no dossier to take it from); they count "
        "only in the overall rate",
    ),
    "survey.repeated": (
        "{count} phiếu trùng ngày, mã hồ sơ, cán bộ và câu hỏi với một phiếu trước đó trong tệp; "
        "mỗi phiếu được giữ như một lượt đánh giá riêng, đánh số theo thứ tự trong tệp",
        "{count} answers share the day, dossier code, officer and question of an earlier one in "
        "the file; each is kept as an answer of its own, numbered in the file's order",
    ),
    # --- the satisfaction report ---
    "satisfaction.help": (
        "Mức độ hài lòng theo cán bộ, đơn vị, thủ tục hoặc kênh: số phiếu, tỷ lệ hài lòng, phân "
        "bố các mức và góp ý của các phiếu chưa hài lòng.",
        "Satisfaction per officer, unit, procedure or channel: answers, satisfied rate, the level "
        "mix, and the comments of the answers that were not satisfied.",
    ),
    "satisfaction.opt.campaign": (
        "Tính trong thời gian của kế hoạch này (và theo số phiếu tối thiểu của nó).",
        "Count within this campaign's period (and use its minimum number of answers).",
    ),
    "satisfaction.opt.from": (
        "Phiếu đánh giá từ ngày.",
        "Answers dated on or after.",
    ),
    "satisfaction.opt.to": (
        "Phiếu đánh giá đến ngày.",
        "Answers dated on or before.",
    ),
    "satisfaction.opt.by": (
        "Nhóm theo: {allowed} (mặc định {default}).",
        "Group by: {allowed} (default {default}).",
    ),
    "satisfaction.campaign_or_period": (
        "Chọn --campaign hoặc --from/--to, không dùng cả hai.",
        "Use either --campaign or --from/--to, not both.",
    ),
    "satisfaction.title_campaign": (
        "Mức độ hài lòng — kế hoạch {code}: {name}",
        "Satisfaction — campaign {code}: {name}",
    ),
    "satisfaction.title_period": (
        "Mức độ hài lòng từ {start} đến {end}",
        "Satisfaction from {start} to {end}",
    ),
    "satisfaction.title_from": ("Mức độ hài lòng từ {start}", "Satisfaction from {start}"),
    "satisfaction.title_to": ("Mức độ hài lòng đến {end}", "Satisfaction up to {end}"),
    "satisfaction.title_all": ("Mức độ hài lòng (mọi phiếu)", "Satisfaction (every answer)"),
    "satisfaction.group.officer": ("Cán bộ", "Officer"),
    "satisfaction.group.unit": ("Đơn vị", "Unit"),
    "satisfaction.group.procedure": ("Thủ tục", "Procedure"),
    "satisfaction.group.channel": ("Kênh", "Channel"),
    "satisfaction.col.answers": ("Số phiếu", "Answers"),
    "satisfaction.col.satisfied": ("Tổng hài lòng", "Satisfied, total"),
    "satisfaction.col.rate": ("Tỷ lệ hài lòng", "Satisfied rate"),
    "satisfaction.col.few_answers": ("Dưới {count} phiếu", "Under {count} answers"),
    "satisfaction.col.level": ("Mức độ", "Rating"),
    "satisfaction.col.comment": ("Góp ý", "Comment"),
    "satisfaction.level.very_satisfied": ("Rất hài lòng", "Very satisfied"),
    "satisfaction.level.satisfied": ("Hài lòng", "Satisfied"),
    "satisfaction.level.neutral": ("Bình thường", "Neutral"),
    "satisfaction.level.dissatisfied": ("Không hài lòng", "Dissatisfied"),
    "satisfaction.level.very_dissatisfied": ("Rất không hài lòng", "Very dissatisfied"),
    "satisfaction.total": ("Tổng cộng", "Total"),
    "satisfaction.unknown_group": ("(không rõ)", "(unknown)"),
    "satisfaction.note": (
        "Tổng hài lòng = Rất hài lòng + Hài lòng; chỉ tiêu {target}; tỷ lệ từ dưới {count} phiếu ít ý "
        "nghĩa.",
        "Satisfied, total = very satisfied + satisfied; target {target}; a rate from fewer than {count} "
        "answers means little.",
    ),
    "satisfaction.caption": (
        "Tổng hài lòng = Rất hài lòng + Hài lòng. Chỉ tiêu: trên {target} (✗: không đạt). "
        "*: dưới {count} phiếu, tỷ lệ ít ý nghĩa.",
        "Satisfied, total = very satisfied + satisfied. Target: above {target} (✗: missed). "
        "*: fewer than {count} answers, the rate means little.",
    ),
    "satisfaction.comments_title": (
        "Góp ý của các phiếu chưa hài lòng ({count})",
        "Comments of the answers not satisfied ({count})",
    ),
    "satisfaction.chart": ("Tỷ lệ hài lòng theo {group}", "Satisfied rate by {group}"),
    "satisfaction.chart_reference": ("Chỉ tiêu {target}", "Target {target}"),
    "satisfaction.sheet": ("Hài lòng", "Satisfaction"),
    # --- the compliance report ---
    "compliance.help": (
        "Kết quả thực hiện kế hoạch thi đua: số hồ sơ và các chỉ tiêu theo từng giai đoạn và toàn "
        "kế hoạch, theo đơn vị, cán bộ, và danh sách hồ sơ trễ hạn. Với --strict, mã thoát 1 khi có "
        "chỉ tiêu không đạt.",
        "A campaign's results: dossier counts and targets per phase and for the whole campaign, "
        "per unit and officer, and the late dossiers. With --strict, exit 1 when a target is not "
        "met.",
    ),
    "compliance.opt.campaign": (
        "Số hiệu kế hoạch, ví dụ 486/KH-GDĐT.",
        "The campaign code, e.g. 486/KH-GDĐT.",
    ),
    "compliance.opt.strict": (
        "Mã thoát 1 khi có chỉ tiêu không đạt.",
        "Exit 1 when a target is not met.",
    ),
    "compliance.title": (
        "Kết quả thực hiện kế hoạch {code}: {name}",
        "Results of the campaign {code}: {name}",
    ),
    "compliance.period_line": (
        "Thời gian {period}; số liệu tính đến {as_of}.",
        "Period {period}; figures as of {as_of}.",
    ),
    "compliance.phases_title": ("Hồ sơ theo giai đoạn", "Dossiers per phase"),
    "compliance.targets_title": ("Chỉ tiêu", "Targets"),
    "compliance.by_unit_title": (
        "Theo đơn vị (toàn kế hoạch)",
        "By unit (whole campaign)",
    ),
    "compliance.by_officer_title": (
        "Theo cán bộ (toàn kế hoạch)",
        "By officer (whole campaign)",
    ),
    "compliance.late_title": (
        "Hồ sơ trễ hạn và đang quá hạn ({count})",
        "Late and overdue dossiers ({count})",
    ),
    "compliance.no_late": (
        "Không có hồ sơ trễ hạn hay quá hạn trong kế hoạch.",
        "No dossier was late or is overdue in the campaign.",
    ),
    "compliance.no_targets": ("Kế hoạch không đặt chỉ tiêu nào.", "The campaign sets no target."),
    "compliance.overall": ("Toàn kế hoạch", "Whole campaign"),
    "compliance.overall_note": (
        "Giai đoạn và toàn kế hoạch: mọi hồ sơ đã giải quyết trong thời gian đó và còn đang giải "
        "quyết vào ngày cuối; chỉ tiêu có trọng tâm chỉ tính các hồ sơ thuộc trọng tâm. Trực tuyến "
        "và hài lòng: mọi hồ sơ nhận, mọi phiếu trong thời gian đó.",
        "A phase, and the whole campaign, count every dossier finished within it and still open on "
        "its last day; a target with a focus counts only the dossiers of its focus. Online and "
        "satisfaction: every dossier received and every answer in the period.",
    ),
    "compliance.met": ("Đạt", "Met"),
    "compliance.not_met": ("Không đạt", "Not met"),
    "compliance.no_data": ("Chưa có số liệu", "No data"),
    "compliance.unknown": ("(không rõ)", "(unknown)"),
    "compliance.apology_sent": ("Đã gửi", "Sent"),
    "compliance.col.scope": ("Giai đoạn", "Phase"),
    "compliance.col.period": ("Thời gian", "Period"),
    "compliance.col.start": ("Từ ngày", "From"),
    "compliance.col.end": ("Đến ngày", "To"),
    "compliance.col.finished": ("Đã giải quyết", "Finished"),
    "compliance.col.open_in_time": ("Đang giải quyết trong hạn", "Open, in time"),
    "compliance.col.open_overdue": ("Đang quá hạn", "Open, overdue"),
    "compliance.col.on_time_rate": ("Tỷ lệ trước hạn, đúng hạn", "Early or on time"),
    "compliance.col.late_count": ("Số hồ sơ trễ hạn", "Late dossiers"),
    "compliance.col.early_share": ("Tỷ lệ trước hạn", "Early share"),
    "compliance.col.on_time_share": ("Tỷ lệ đúng hạn", "On-time share"),
    "compliance.col.received": ("Hồ sơ tiếp nhận", "Received"),
    "compliance.col.online": ("Trực tuyến", "Online"),
    "compliance.col.online_rate": ("Tỷ lệ trực tuyến", "Online share"),
    "compliance.col.online_share": ("Nộp trực tuyến", "Received online"),
    "compliance.col.answers": ("Số phiếu", "Answers"),
    "compliance.col.satisfaction_rate": ("Tỷ lệ hài lòng", "Satisfied rate"),
    "compliance.col.target_label": ("Chỉ tiêu", "Target"),
    "compliance.col.metric": ("Chỉ số", "Metric"),
    "compliance.col.op": ("So sánh", "Operator"),
    "compliance.col.target": ("Mức yêu cầu", "Required"),
    "compliance.col.requirement": ("Yêu cầu", "Requirement"),
    "compliance.col.actual": ("Thực tế", "Actual"),
    "compliance.col.met": ("Kết quả", "Result"),
    "compliance.col.apology": ("Phiếu xin lỗi", "Apology"),
    "compliance.metric.on_time_rate": (
        "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn",
        "Dossiers finished early or on time",
    ),
    "compliance.metric.late_count": ("Số hồ sơ trễ hạn", "Late dossiers"),
    "compliance.metric.satisfaction_rate": ("Tỷ lệ hài lòng", "Satisfied citizens"),
    "compliance.metric.online_rate": ("Tỷ lệ hồ sơ nộp trực tuyến", "Dossiers received online"),
    "compliance.metric.online_enrollment_rate": (
        "Tỷ lệ tuyển sinh trực tuyến (giai đoạn thấp nhất)",
        "Online enrolment (lowest stage)",
    ),
    "compliance.metric.conduct_rate": (
        "Tỷ lệ cán bộ thực hiện đúng quy tắc ứng xử",
        "Staff keeping the code of conduct",
    ),
    "compliance.metric.initiatives_registered": (
        "Số sáng kiến, mô hình đã đăng ký",
        "Initiatives registered",
    ),
    "compliance.chart": (
        "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn theo giai đoạn",
        "Share finished early and on time per phase",
    ),
    "compliance.sheet": ("Kết quả thi đua", "Compliance"),
    "compliance.missing_due": (
        "{count} hồ sơ không có hạn giải quyết nên không được tính: {codes}",
        "{count} dossiers have no deadline and are not counted: {codes}",
    ),
    "compliance.unmet": (
        "{count} chỉ tiêu không đạt.",
        "{count} targets are not met.",
    ),
    "compliance.demo_section": (
        "Kết quả thực hiện kế hoạch {code}",
        "Results of the campaign {code}",
    ),
}
