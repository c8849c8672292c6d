"""Messages of the office's papers: verdicts in words, requirements as phrases, the proposal list,
form 06 as sent, and the office's identity."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the office's identity (thidua config set) ---
    "config.unset_done": ("Đã xóa {key}.", "Cleared {key}."),
    # --- form 06 as it is sent ---
    "form06.without_deadline": (
        "{count} hồ sơ chưa xác định được thời hạn, không tính vào biểu: {codes}.",
        "{count} dossiers without a known deadline, not counted in the form: {codes}.",
    ),
    "form06.form_number": ("Biểu số 06/VPCP/KSTT", "Form No. 06/VPCP/KSTT"),
    "form06.issued_by": (
        "Ban hành kèm theo Thông tư số 01/2020/TT-VPCP",
        "Issued with Circular No. 01/2020/TT-VPCP",
    ),
    "form06.form_title": (
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
        "ADMINISTRATIVE PROCEDURES RECEIVED AND RESOLVED BY THE AGENCY THAT RESOLVES THEM",
    ),
    "form06.period.month": ("Kỳ báo cáo: {month}", "Reporting period: {month}"),
    "form06.period.quarter": (
        "Kỳ báo cáo: quý {roman} năm {year}",
        "Reporting period: quarter {roman} of {year}",
    ),
    "form06.period.year": ("Kỳ báo cáo: năm {year}", "Reporting period: the year {year}"),
    "form06.period.span": ("(Từ {start} đến {end})", "(From {start} to {end})"),
    "form06.reporting_unit": ("Đơn vị báo cáo: {name}", "Reporting unit: {name}"),
    "form06.recipient": ("Đơn vị nhận báo cáo: {name}", "Reported to: {name}"),
    "form06.count_unit": ("Đơn vị tính: hồ sơ", "Unit: dossiers"),
    "form06.undated": ("ngày …… tháng …… năm ……", "…… (date)"),
    "form06.prepared_by": ("NGƯỜI LẬP BIỂU", "PREPARED BY"),
    "form06.prepared_by.hint": ("(Ký, ghi rõ họ tên)", "(Signature, full name)"),
    "form06.head_of_unit": ("THỦ TRƯỞNG ĐƠN VỊ", "HEAD OF THE UNIT"),
    "form06.head_of_unit.hint": (
        "(Ký, đóng dấu, ghi rõ họ tên)",
        "(Signature, seal, full name)",
    ),
    "form06.opt.as_of": (
        "Ngày ghi trên biểu, dưới nơi ký (mặc định hôm nay).",
        "The date the form bears, over the signatures (today by default).",
    ),
    "monthly.opt.as_of": (
        "Ngày ghi trên các biểu của bộ báo cáo (Biểu 06), dưới nơi ký (mặc định hôm nay).",
        "The date the batch's forms (form 06) bear, over the signatures (today by default).",
    ),
    "form06.without_deadline.title": (
        "Hồ sơ chưa xác định được thời hạn, không tính vào biểu",
        "Dossiers without a known deadline, not counted in the form",
    ),
    "form06.without_deadline.more": (
        "{codes} và {more} hồ sơ khác (danh sách đủ: without_deadline trong JSON)",
        "{codes} and {more} more (the whole list: without_deadline in the JSON)",
    ),
    # --- requirements and verdicts, as people read them ---
    "papers.requirement": ("yêu cầu {op} {value}", "required {op} {value}"),
    "papers.requirement.equal": ("cần bằng {value}", "must be {value}"),
    "papers.col.requirement": ("Yêu cầu", "Requirement"),
    "papers.col.verdict": ("Đánh giá", "Verdict"),
    "awards.col.outcome": ("Kết quả xét", "Outcome"),
    "awards.col.answers": ("Số phiếu", "Answers"),
    "awards.proposed": ("Đề nghị khen thưởng", "Proposed"),
    "awards.not_proposed": ("Chưa đủ tiêu chuẩn", "Not proposed"),
    "awards.evidence.individuals": (
        "Căn cứ xét khen thưởng: cá nhân ({eligible}/{count} đủ tiêu chuẩn)",
        "Evidence for the commendation: individuals ({eligible} of {count} eligible)",
    ),
    "awards.evidence.units": (
        "Căn cứ xét khen thưởng: tập thể ({eligible}/{count} đủ tiêu chuẩn)",
        "Evidence for the commendation: units ({eligible} of {count} eligible)",
    ),
    "campaign.problem.focus_metric": (
        "chỉ tiêu {metric} không có trọng tâm (focus) được; trọng tâm chỉ dùng cho: {allowed}",
        "a {metric} target cannot have a focus; a focus is for: {allowed}",
    ),
    "campaign.phase_focus_described": (
        "trọng tâm của giai đoạn {phases} chỉ để mô tả: giai đoạn vẫn tính mọi hồ sơ. Để chấm riêng "
        "các hồ sơ trọng tâm, ghi focus.procedures, focus.channels trong chỉ tiêu ([[targets]]).",
        "the focus of phase {phases} only describes it: the phase counts every dossier. To judge "
        "the focus's dossiers, give a target ([[targets]]) its focus.procedures, focus.channels.",
    ),
    "compliance.focus_note": (
        "Chỉ tiêu có trọng tâm, chỉ tính các hồ sơ sau. {targets}",
        "Targets with a focus count only these dossiers. {targets}",
    ),
    # --- why a candidate is not proposed: sentences a council writes ---
    # "{value}" is the candidate's figure; a clause on the requirement follows (awards.gap.*).
    "awards.reason.dossiers_handled": (
        "Trực tiếp giải quyết {value} hồ sơ trong đợt thi đua",
        "Handled {value} dossiers in the campaign",
    ),
    "awards.reason.dossiers_handled.none": (
        "Không trực tiếp giải quyết hồ sơ nào trong đợt thi đua",
        "Handled no dossier in the campaign",
    ),
    "awards.reason.late_count": (
        "Có {value} hồ sơ giải quyết trễ hạn hoặc đang quá hạn",
        "Dossiers finished late or still overdue: {value}",
    ),
    "awards.reason.on_time_rate": (
        "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt {value}",
        "Dossiers finished early or on time: {value}",
    ),
    "awards.reason.early_share": (
        "Tỷ lệ hồ sơ giải quyết trước hạn đạt {value}",
        "Dossiers finished early: {value}",
    ),
    "awards.reason.satisfaction_rate": (
        "Tỷ lệ phiếu đánh giá hài lòng đạt {value}",
        "Satisfied answers: {value}",
    ),
    "awards.reason.upheld_complaints": (
        "Có {value} phản ánh về thái độ, tác phong được xác minh là có cơ sở",
        "Complaints about conduct found justified: {value}",
    ),
    "awards.reason.members_with_upheld_complaints": (
        "Có {value} cán bộ bị phản ánh có cơ sở về thái độ, tác phong",
        "Members with a complaint about their conduct found justified: {value}",
    ),
    "awards.reason.initiatives_registered": (
        "Đăng ký {value} sáng kiến, mô hình",
        "Registered {value} initiatives",
    ),
    "awards.reason.initiatives_registered.none": (
        "Chưa đăng ký sáng kiến, mô hình nào",
        "Registered no initiative",
    ),
    "awards.reason.initiatives_registered.rejected": (
        "Có {rejected} sáng kiến đã đăng ký nhưng không được Hội đồng sáng kiến công nhận, không còn sáng kiến nào đang xét",
        "The initiative council did not recognise the initiatives registered ({rejected}), and no other is under way",
    ),
    "awards.reason.initiatives_recognized": (
        "Có {value} sáng kiến được công nhận",
        "Initiatives recognised: {value}",
    ),
    "awards.reason.initiatives_recognized.none": (
        "Chưa có sáng kiến nào được công nhận",
        "No initiative recognised",
    ),
    "awards.gap.gt": ("chưa vượt mức {target}", "not above {target}"),
    "awards.gap.ge": ("chưa đạt mức {target}", "below {target}"),
    "awards.gap.eq": ("chưa đạt yêu cầu {target}", "where {target} is required"),
    "awards.gap.le": ("vượt mức tối đa {target}", "above the most allowed, {target}"),
    "awards.gap.lt": ("chưa dưới mức {target}", "not below {target}"),
    "awards.reason.no_answers": (
        "Không có phiếu khảo sát nào trong đợt thi đua, chưa đánh giá được mức độ hài lòng (cần ít nhất {min} phiếu)",
        "No survey answer in the campaign, so satisfaction cannot be judged (at least {min} needed)",
    ),
    "awards.reason.too_few_answers": (
        "Mới có {answers} phiếu khảo sát, chưa đủ {min} phiếu để đánh giá mức độ hài lòng",
        "Only {answers} survey answers, fewer than the {min} needed to judge satisfaction",
    ),
    "awards.reason.no_data.dossiers_handled": (
        "Chưa có số liệu hồ sơ",
        "No dossier figures",
    ),
    "awards.reason.no_data.late_count": (
        "Không có hồ sơ nào trong đợt thi đua để xét việc giải quyết đúng hạn",
        "No dossier in the campaign to judge lateness by",
    ),
    "awards.reason.no_data.on_time_rate": (
        "Không có hồ sơ nào giải quyết xong trong đợt thi đua để tính tỷ lệ trước hạn, đúng hạn",
        "No dossier finished in the campaign to judge the on-time rate",
    ),
    "awards.reason.no_data.early_share": (
        "Không có hồ sơ nào giải quyết xong trong đợt thi đua để tính tỷ lệ trước hạn",
        "No dossier finished in the campaign to judge the share finished early",
    ),
    "awards.reason.no_data.satisfaction_rate": (
        "Không có phiếu khảo sát nào",
        "No survey answer",
    ),
    "awards.reason.no_data.upheld_complaints": (
        "Chưa có số liệu phản ánh",
        "No complaint figures",
    ),
    "awards.reason.no_data.members_with_upheld_complaints": (
        "Chưa có số liệu phản ánh",
        "No complaint figures",
    ),
    "awards.reason.no_data.initiatives_registered": (
        "Chưa có số liệu sáng kiến",
        "No initiative figures",
    ),
    "awards.reason.no_data.initiatives_recognized": (
        "Chưa có số liệu sáng kiến",
        "No initiative figures",
    ),
    "campaign.problem.bad_if_no_data": (
        "if_no_data = '{value}' không hợp lệ; chọn: {allowed}",
        "if_no_data = '{value}' is not valid; use: {allowed}",
    ),
    "awards.not_judged_note": (
        'Ô "{na}" không có dấu ✓ hay ✗: tiêu chí không xét vì chưa có số liệu (if_no_data = "ignore").',
        '"{na}" without ✓ or ✗: the criterion is not judged, for want of data (if_no_data = "ignore").',
    ),
    # --- the proposal list ---
    "awards.proposal.units": (
        "Danh sách đề nghị khen thưởng: tập thể ({count})",
        "Proposed for commendation: units ({count})",
    ),
    "awards.proposal.individuals": (
        "Danh sách đề nghị khen thưởng: cá nhân ({count})",
        "Proposed for commendation: individuals ({count})",
    ),
    # What a criterion met says, in a one-line summary of achievements.
    "awards.achievement.dossiers_handled": (
        "trực tiếp giải quyết {value} hồ sơ",
        "dossiers handled: {value}",
    ),
    "awards.achievement.late_count": (
        "giải quyết {handled} hồ sơ, {value} hồ sơ trễ hạn",
        "dossiers handled: {handled}, late: {value}",
    ),
    "awards.achievement.late_count.none": (
        "giải quyết {handled} hồ sơ, không có hồ sơ trễ hạn",
        "dossiers handled: {handled}, none late",
    ),
    "awards.achievement.late_count.alone": (
        "{value} hồ sơ trễ hạn",
        "dossiers late: {value}",
    ),
    "awards.achievement.late_count.none.alone": (
        "không có hồ sơ trễ hạn",
        "none late",
    ),
    "awards.achievement.on_time_rate": (
        "{value} hồ sơ giải quyết trước hạn, đúng hạn",
        "{value} of dossiers finished early or on time",
    ),
    "awards.achievement.early_share": (
        "{value} hồ sơ giải quyết trước hạn",
        "{value} of dossiers finished early",
    ),
    "awards.achievement.satisfaction_rate": (
        "{value} phiếu đánh giá hài lòng ({answers} phiếu)",
        "{value} of answers satisfied (answers: {answers})",
    ),
    "awards.achievement.upheld_complaints": (
        "{value} phản ánh có cơ sở",
        "justified complaints: {value}",
    ),
    "awards.achievement.upheld_complaints.none": (
        "không bị phản ánh có cơ sở về thái độ, tác phong",
        "no justified complaint about conduct",
    ),
    "awards.achievement.members_with_upheld_complaints": (
        "{value} cán bộ bị phản ánh có cơ sở",
        "members with a justified complaint: {value}",
    ),
    "awards.achievement.members_with_upheld_complaints.none": (
        "không có cán bộ bị phản ánh có cơ sở",
        "no member with a justified complaint",
    ),
    "awards.achievement.initiatives_registered": (
        "đăng ký {value} sáng kiến, mô hình",
        "initiatives registered: {value}",
    ),
    "awards.achievement.initiatives_recognized": (
        "có {value} sáng kiến được công nhận",
        "initiatives recognised: {value}",
    ),
    "enrollment.target_title": (
        "Chỉ tiêu của kế hoạch {campaign}",
        "The target of plan {campaign}",
    ),
    "enrollment.target_label": (
        "Tỷ lệ nộp hồ sơ tuyển sinh trực tuyến thấp nhất (trường, giai đoạn)",
        "Lowest online enrolment rate (school, stage)",
    ),
}
