"""Messages of the office's papers: verdicts in words, requirements as phrases, the proposal list,
form 06 as sent, and the office's identity."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the office's identity (thidua config set) ---
    "config.unset_done": ("Đã xóa {key}.", "Cleared {key}."),
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
    "enrollment.target_title": (
        "Chỉ tiêu của kế hoạch {campaign}",
        "The target of plan {campaign}",
    ),
    "enrollment.target_label": (
        "Tỷ lệ nộp hồ sơ tuyển sinh trực tuyến thấp nhất (trường, giai đoạn)",
        "Lowest online enrolment rate (school, stage)",
    ),
}
