"""Messages of the emulation records (staff, initiatives, complaints, online enrolment) and of the
award candidates."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- staff roster ---
    "staff.import_help": (
        "Nhập danh sách cán bộ (họ tên, đơn vị, chức vụ, đang công tác).",
        "Import the staff roster (name, unit, role, in post).",
    ),
    "staff.help": (
        "Danh sách cán bộ, và những tên cán bộ trong hồ sơ, phiếu khảo sát không có trong danh sách.",
        "The staff roster, and the officer names in dossiers and surveys that match nobody on it.",
    ),
    "staff.opt.unit": ("Chỉ cán bộ của đơn vị này.", "Only the staff of this unit."),
    "staff.title": ("Danh sách cán bộ ({count} người)", "Staff roster ({count} people)"),
    "staff.empty": (
        "Chưa có danh sách cán bộ; nhập bằng: thidua import staff TỆP.",
        "No staff roster yet; import one with: thidua import staff FILE.",
    ),
    "staff.not_on_roster": (
        "{count} tên cán bộ trong hồ sơ hoặc phiếu khảo sát không có trong danh sách cán bộ "
        "(số hồ sơ/số phiếu): {names}",
        "{count} officer names in dossiers or survey answers match nobody on the staff roster "
        "(dossiers/answers): {names}",
    ),
    "staff.sheet": ("Cán bộ", "Staff"),
    "staff.role.head": ("Trưởng", "Head"),
    "staff.role.deputy": ("Phó", "Deputy"),
    "staff.role.staff": ("Chuyên viên", "Staff"),
    "staff.col.name": ("Họ và tên", "Name"),
    "staff.col.unit": ("Đơn vị", "Unit"),
    "staff.col.role": ("Chức vụ", "Role"),
    "staff.col.active": ("Đang công tác", "In post"),
    "staff.col.dossiers": ("Số hồ sơ", "Dossiers"),
    # --- initiatives ---
    "initiative.import_help": (
        "Nhập danh sách sáng kiến, mô hình, giải pháp (đơn vị/cá nhân, tên, ngày đăng ký, "
        "tình trạng, quyết định).",
        "Import initiatives, models and solutions (owner, title, registered on, status, decision).",
    ),
    "initiative.help": (
        "Sáng kiến, mô hình, giải pháp: đăng ký, cập nhật tình trạng, xem danh sách.",
        "Initiatives, models and solutions: register, change status, list.",
    ),
    "initiative.add.help": (
        "Đăng ký một sáng kiến (chủ sở hữu là cán bộ hoặc đơn vị).",
        "Register an initiative (owned by an officer or a unit).",
    ),
    "initiative.set_status.help": (
        "Cập nhật tình trạng: đã đăng ký → đang thẩm định → được công nhận hoặc không công nhận.",
        "Change the status: registered → under review → recognised or rejected.",
    ),
    "initiative.list.help": (
        "Danh sách sáng kiến và các đơn vị chưa đăng ký sáng kiến nào.",
        "List the initiatives and the units that have registered none yet.",
    ),
    "initiative.arg.owner": (
        "Cán bộ hoặc đơn vị đăng ký (tên như trong danh sách cán bộ).",
        "The officer or unit registering it (named as on the roster).",
    ),
    "initiative.arg.title": ("Tên sáng kiến.", "The initiative's title."),
    "initiative.arg.id": (
        "Số thứ tự của sáng kiến (cột Số trong: thidua initiative list).",
        "The initiative's number (the ID column of: thidua initiative list).",
    ),
    "initiative.arg.status": ("Tình trạng mới: {allowed}.", "The new status: {allowed}."),
    "initiative.opt.kind": (
        "Loại: sáng kiến, mô hình, giải pháp (initiative, model, solution).",
        "Kind: initiative, model, solution (sáng kiến, mô hình, giải pháp).",
    ),
    "initiative.opt.registered_on": ("Ngày đăng ký.", "Registered on."),
    "initiative.opt.decided_on": (
        "Ngày quyết định công nhận hoặc không công nhận.",
        "Date of the decision to recognise it or not.",
    ),
    "initiative.opt.decision_no": ("Số quyết định.", "Decision number."),
    "initiative.reason.bad_kind": (
        "loại không nhận ra được (sáng kiến, mô hình, giải pháp)",
        "unknown kind (initiative, model, solution)",
    ),
    "initiative.reason.decided_before_registered": (
        "ngày quyết định trước ngày đăng ký",
        "the decision date is before the registration date",
    ),
    "initiative.bad_kind": (
        "Loại sáng kiến '{value}' không có; chọn: sáng kiến, mô hình, giải pháp.",
        "No initiative kind '{value}'; use initiative, model or solution.",
    ),
    "initiative.bad_status": (
        "Tình trạng '{value}' không có; chọn: {allowed}.",
        "No status '{value}'; use {allowed}.",
    ),
    "initiative.empty_text": (
        "Tên chủ sở hữu và tên sáng kiến không được để trống.",
        "The owner and the title must not be empty.",
    ),
    "initiative.unknown_owners": (
        "không nhận ra chủ sở hữu (không phải cán bộ trong danh sách, cũng không phải đơn vị): "
        "{names}; đã lưu nhưng chưa tính cho ai",
        "owners that are neither an officer on the roster nor a unit: {names}; kept, but counted "
        "for nobody",
    ),
    "initiative.unknown_owner": (
        "'{name}' không phải cán bộ trong danh sách, cũng không phải đơn vị; đã lưu nhưng chưa "
        "tính cho ai",
        "'{name}' is neither an officer on the roster nor a unit; kept, but counted for nobody",
    ),
    "initiative.no_such_id": (
        "Không có sáng kiến số {id}; xem số thứ tự bằng: thidua initiative list.",
        "There is no initiative {id}; see the numbers with: thidua initiative list.",
    ),
    "initiative.already_registered": (
        "{owner} đã đăng ký sáng kiến '{title}'.",
        "{owner} has already registered '{title}'.",
    ),
    "initiative.bad_transition": (
        "Sáng kiến số {id} đang ở tình trạng {current}; không chuyển sang {status} được "
        "(đã đăng ký → đang thẩm định → được công nhận hoặc không công nhận).",
        "Initiative {id} is {current}; it cannot become {status} "
        "(registered → under review → recognised or rejected).",
    ),
    "initiative.needs_decision_date": (
        "Cần --decided-on (ngày quyết định) khi chuyển sang {status}.",
        "--decided-on (the decision date) is needed for {status}.",
    ),
    "initiative.decided_before_registered": (
        "Ngày quyết định {decided} trước ngày đăng ký {registered}.",
        "The decision date {decided} is before the registration date {registered}.",
    ),
    "initiative.added": (
        "Đã đăng ký sáng kiến số {id}: {title} ({owner}).",
        "Registered initiative {id}: {title} ({owner}).",
    ),
    "initiative.status_set": (
        "Sáng kiến số {id}: {old} → {new}.",
        "Initiative {id}: {old} → {new}.",
    ),
    "initiative.title": ("Sáng kiến, mô hình, giải pháp ({count})", "Initiatives ({count})"),
    "initiative.units_without": (
        "Đơn vị chưa đăng ký sáng kiến nào (kể cả qua cán bộ của đơn vị): {units}",
        "Units that have registered nothing, neither as a unit nor through their staff: {units}",
    ),
    "initiative.all_units_registered": (
        "Mọi đơn vị đều đã đăng ký sáng kiến.",
        "Every unit has registered an initiative.",
    ),
    "initiative.sheet": ("Sáng kiến", "Initiatives"),
    "initiative.status.registered": ("Đã đăng ký", "Registered"),
    "initiative.status.under_review": ("Đang thẩm định", "Under review"),
    "initiative.status.recognized": ("Được công nhận", "Recognised"),
    "initiative.status.rejected": ("Không công nhận", "Rejected"),
    "initiative.kind.initiative": ("Sáng kiến", "Initiative"),
    "initiative.kind.model": ("Mô hình", "Model"),
    "initiative.kind.solution": ("Giải pháp", "Solution"),
    "initiative.owner_kind.officer": ("Cá nhân", "Officer"),
    "initiative.owner_kind.unit": ("Đơn vị", "Unit"),
    "initiative.owner_kind.unknown": ("Chưa rõ", "Unknown"),
    "initiative.col.id": ("Số", "ID"),
    "initiative.col.owner": ("Đơn vị/cá nhân", "Owner"),
    "initiative.col.owner_kind": ("Là", "Owner is"),
    "initiative.col.unit": ("Thuộc đơn vị", "Unit"),
    "initiative.col.title": ("Tên sáng kiến", "Title"),
    "initiative.col.kind": ("Loại", "Kind"),
    "initiative.col.registered_on": ("Ngày đăng ký", "Registered on"),
    "initiative.col.status": ("Tình trạng", "Status"),
    "initiative.col.decided_on": ("Ngày quyết định", "Decided on"),
    "initiative.col.decision_no": ("Số quyết định", "Decision"),
    # --- complaints ---
    "complaint.import_help": (
        "Nhập phản ánh, kiến nghị về thái độ, tác phong cán bộ (ngày, cán bộ, hồ sơ, nội dung, "
        "kết quả xác minh).",
        "Import complaints about officers' conduct (date, officer, dossier, content, outcome).",
    ),
    "complaint.help": (
        "Phản ánh, kiến nghị về cán bộ; phản ánh có cơ sở là vi phạm quy tắc ứng xử của cán bộ và "
        "đơn vị.",
        "Complaints about officers; an upheld one breaks the code of conduct for the officer and "
        "the unit.",
    ),
    "complaint.opt.officer": ("Chỉ phản ánh về cán bộ này.", "Only complaints about this officer."),
    "complaint.opt.outcome": (
        "Chỉ phản ánh có kết quả này: {allowed}.",
        "Only complaints with this outcome: {allowed}.",
    ),
    "complaint.opt.from": ("Từ ngày.", "From this date."),
    "complaint.opt.to": ("Đến ngày.", "To this date."),
    "complaint.bad_outcome": (
        "Kết quả '{value}' không có; chọn một trong: {allowed}.",
        "No outcome '{value}'; use one of: {allowed}.",
    ),
    "complaint.bad_period": (
        "Khoảng thời gian không hợp lệ: {start} sau {end}.",
        "Invalid period: {start} is after {end}.",
    ),
    "complaint.officers_not_on_roster": (
        "cán bộ bị phản ánh không có trong danh sách cán bộ: {names}",
        "complaints about officers who are not on the staff roster: {names}",
    ),
    "complaint.unknown_dossiers": (
        "phản ánh nêu mã hồ sơ không có trong cơ sở dữ liệu: {codes}",
        "complaints name dossier codes that are not in the database: {codes}",
    ),
    "complaint.title": ("Phản ánh, kiến nghị ({count})", "Complaints ({count})"),
    "complaint.sheet": ("Phản ánh", "Complaints"),
    "complaint.outcome.upheld": ("Có cơ sở", "Upheld"),
    "complaint.outcome.dismissed": ("Không có cơ sở", "Dismissed"),
    "complaint.outcome.pending": ("Đang xác minh", "Pending"),
    "complaint.breaches": (
        "Vi phạm quy tắc ứng xử (phản ánh có cơ sở): cán bộ {officers}; đơn vị {units}.",
        "Code of conduct broken (upheld complaints): officers {officers}; units {units}.",
    ),
    "complaint.no_breach": (
        "Không có phản ánh nào có cơ sở: không ai vi phạm quy tắc ứng xử.",
        "No upheld complaint: nobody broke the code of conduct.",
    ),
    "complaint.pending_note": (
        "{count} phản ánh đang xác minh: chưa tính là vi phạm.",
        "Complaints still being verified: {count}; not counted as breaches.",
    ),
    "complaint.col.date": ("Ngày", "Date"),
    "complaint.col.officer": ("Cán bộ", "Officer"),
    "complaint.col.unit": ("Đơn vị", "Unit"),
    "complaint.col.dossier_code": ("Mã hồ sơ", "Dossier"),
    "complaint.col.content": ("Nội dung", "Content"),
    "complaint.col.outcome": ("Kết quả xác minh", "Outcome"),
    "complaint.col.breaks_conduct": ("Vi phạm quy tắc ứng xử", "Breaks the code of conduct"),
    # --- online enrolment ---
    "enrollment.import_help": (
        "Nhập số liệu tuyển sinh (trường, cấp học, giai đoạn, tổng số hồ sơ, số hồ sơ trực tuyến).",
        "Import enrolment figures (school, level, stage, applications, online applications).",
    ),
    "enrollment.help": (
        "Tỷ lệ tuyển sinh trực tuyến theo trường và giai đoạn, thấp nhất theo cấp học, các trường "
        "chưa đạt 100%.",
        "Online enrolment rate per school and stage, the lowest per level, and the schools below "
        "100%.",
    ),
    "enrollment.opt.campaign": (
        "Đợt thi đua có chỉ tiêu tuyển sinh trực tuyến để so sánh.",
        "The campaign whose online-enrolment target to compare with.",
    ),
    "enrollment.reason.online_above_total": (
        "số hồ sơ trực tuyến lớn hơn tổng số hồ sơ ({total})",
        "more online applications than applications in total ({total})",
    ),
    "enrollment.empty": (
        "Chưa có số liệu tuyển sinh; nhập bằng: thidua import enrollment TỆP.",
        "No enrolment figures yet; import them with: thidua import enrollment FILE.",
    ),
    "enrollment.title": ("Tuyển sinh trực tuyến", "Online enrolment"),
    "enrollment.title_campaign": (
        "Tuyển sinh trực tuyến – {campaign}",
        "Online enrolment – {campaign}",
    ),
    "enrollment.rows_title": ("Theo trường và giai đoạn", "Per school and stage"),
    "enrollment.levels_title": (
        "Theo cấp học (giai đoạn có tỷ lệ thấp nhất)",
        "Per level (the stage with the lowest rate)",
    ),
    "enrollment.below_title": ("Các trường chưa đạt 100% trực tuyến", "Schools below 100% online"),
    "enrollment.all_online": (
        "Mọi trường, mọi giai đoạn đều đạt 100% trực tuyến.",
        "Every school reached 100% online at every stage.",
    ),
    "enrollment.no_target": (
        "Đợt thi đua {campaign} không có chỉ tiêu online_enrollment_rate.",
        "The campaign {campaign} has no online_enrollment_rate target.",
    ),
    "enrollment.chart": ("Tỷ lệ trực tuyến thấp nhất theo cấp học", "Lowest online rate per level"),
    "enrollment.sheet": ("Tuyển sinh", "Enrolment"),
    "enrollment.col.school": ("Trường", "School"),
    "enrollment.col.level": ("Cấp học", "Level"),
    "enrollment.col.stage": ("Giai đoạn", "Stage"),
    "enrollment.col.total": ("Tổng số hồ sơ", "Applications"),
    "enrollment.col.online": ("Trực tuyến", "Online"),
    "enrollment.col.rate": ("Tỷ lệ trực tuyến", "Online rate"),
    "enrollment.col.lowest_rate": ("Tỷ lệ thấp nhất", "Lowest rate"),
    "enrollment.col.lowest_school": ("Tại trường", "At school"),
    "enrollment.col.lowest_stage": ("Giai đoạn", "Stage"),
    # --- award candidates ---
    "awards.help": (
        "Đề xuất khen thưởng của đợt thi đua: cá nhân và tập thể, từng tiêu chí, đạt hay chưa "
        "đạt và lý do.",
        "Award candidates of a campaign: individuals and units, every criterion, met or not, and "
        "why.",
    ),
    "awards.opt.campaign": ("Mã đợt thi đua (đã nạp bằng campaign load).", "The campaign code."),
    "awards.title": (
        "Đề xuất khen thưởng – {name} ({code}), {start} – {end}",
        "Award candidates – {name} ({code}), {start} to {end}",
    ),
    "awards.no_rules": (
        "Đợt thi đua không có tiêu chí khen thưởng cho {kind}.",
        "The campaign has no award rules for {kind}.",
    ),
    "awards.sheet": ("Đề xuất khen thưởng", "Award candidates"),
    "awards.kind.individual": ("Cá nhân", "Individual"),
    "awards.kind.unit": ("Tập thể", "Unit"),
    "awards.kind.individuals": ("cá nhân", "individuals"),
    "awards.kind.units": ("tập thể", "units"),
    "awards.note": (
        "Công cụ chỉ đề xuất kèm số liệu; Hội đồng thi đua, khen thưởng quyết định.",
        "The tool proposes, with the evidence; the emulation council decides.",
    ),
    "awards.not_on_roster": (
        "cán bộ có hồ sơ trong đợt thi đua nhưng không có trong danh sách cán bộ, nên không được "
        "xét: {names}",
        "officers with dossiers in the campaign who are not on the staff roster, so not "
        "considered: {names}",
    ),
    "awards.inactive": (
        "cán bộ có hồ sơ trong đợt thi đua nhưng không còn công tác, nên không được xét: {names}",
        "officers with dossiers in the campaign who are no longer in post, so not considered: "
        "{names}",
    ),
    "awards.no_roster": (
        "Chưa có danh sách cán bộ nên không có ai để xét; nhập bằng: thidua import staff TỆP.",
        "There is no staff roster, so nobody to consider; import one with: thidua import staff "
        "FILE.",
    ),
    "awards.dossiers_count": ("{name} ({count} hồ sơ)", "{name} (dossiers: {count})"),
    "awards.col.rank": ("Hạng", "Rank"),
    "awards.col.kind": ("Cá nhân/tập thể", "Individual/unit"),
    "awards.col.name": ("Họ và tên", "Name"),
    "awards.col.unit": ("Đơn vị", "Unit"),
    "awards.col.eligible": ("Đủ điều kiện", "Eligible"),
    "awards.col.reasons": ("Lý do chưa đạt", "Reasons"),
    "awards.col.met": ("đạt", "met"),
    "awards.col.required": ("yêu cầu", "required"),
    "awards.met": ("đạt", "met"),
    "awards.not_met": ("chưa đạt", "not met"),
    "awards.answers": ("{count} phiếu", "{count} answers"),
    "awards.criterion.dossiers_handled": ("Số hồ sơ", "Dossiers"),
    "awards.criterion.late_count": ("Trễ hạn, quá hạn", "Late or overdue"),
    "awards.criterion.on_time_rate": ("Đúng hạn", "On time"),
    "awards.criterion.early_share": ("Trước hạn", "Early"),
    "awards.criterion.satisfaction_rate": ("Hài lòng", "Satisfaction"),
    "awards.criterion.upheld_complaints": ("Phản ánh có cơ sở", "Upheld complaints"),
    "awards.criterion.members_with_upheld_complaints": (
        "Cán bộ bị phản ánh có cơ sở",
        "Members with upheld complaints",
    ),
    "awards.criterion.initiatives_registered": ("Sáng kiến đăng ký", "Initiatives registered"),
    "awards.criterion.initiatives_recognized": (
        "Sáng kiến được công nhận",
        "Initiatives recognised",
    ),
    "awards.demo_section": ("Đề xuất khen thưởng – {campaign}", "Award candidates – {campaign}"),
}
