"""Messages of survey questions and of enrolment by school year."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "group.question": ("Câu hỏi", "Question"),
    "satisfaction.group.question": ("Câu hỏi", "Question"),
    "satisfaction.question_note": (
        "Chỉ tính phiếu trả lời câu hỏi: {questions}.",
        "Only the answers to: {questions}.",
    ),
    "satisfaction.no_questions": (
        'phiếu đánh giá không ghi câu hỏi nào; tỷ lệ hài lòng về "{question}" tính trên mọi phiếu',
        'the survey answers name no question; satisfaction with "{question}" counts every answer',
    ),
    "satisfaction.question_not_found": (
        'không phiếu nào trả lời câu hỏi "{question}" (các câu hỏi có phiếu: {found}); tỷ lệ '
        "hài lòng về câu hỏi đó chưa có số liệu",
        'no answer is to the question "{question}" (the answers are to: {found}); satisfaction '
        "with it has no data",
    ),
    # A satisfaction requirement with the question it counts: "yêu cầu > 95% (câu hỏi: thái độ)".
    "papers.requirement.question": (
        "{requirement} (câu hỏi “{question}”)",
        "{requirement} (question “{question}”)",
    ),
    "awards.achievement.satisfaction_rate.question": (
        "{value} phiếu đánh giá hài lòng về {question} ({answers} phiếu)",
        "{value} of answers satisfied with {question} (answers: {answers})",
    ),
    "compliance.col.question": ("Câu hỏi khảo sát", "Survey question"),
    "satisfaction.opt.question": (
        "Chỉ tính phiếu trả lời câu hỏi này (theo các từ đầu, không phân biệt hoa thường, dấu), "
        'ví dụ "thái độ"; mặc định: câu hỏi chỉ tiêu hài lòng của kế hoạch nêu, không có thì '
        "mọi phiếu.",
        "Count only the answers to this question (its first words, ignoring case and accents), "
        'e.g. "thái độ"; default: the one the campaign\'s satisfaction target names, else every '
        "answer.",
    ),
    "meta.question": ("CÂU_HỎI", "QUESTION"),
    # --- the campaign file ---
    "campaign.problem.question_metric": (
        "'question' chỉ dùng cho tỷ lệ hài lòng (satisfaction_rate), không dùng cho {metric}",
        "'question' belongs to a satisfaction_rate target or rule only, not to {metric}",
    ),
    "campaign.problem.bad_school_year": (
        '\'school_year\' phải là một năm học, ví dụ "2021-2022", không phải "{value}"',
        '\'school_year\' must be a school year such as "2021-2022", not "{value}"',
    ),
    # --- enrolment by school year ---
    "enrollment.reason.bad_school_year": (
        'không phải một năm học (viết "2021-2022")',
        'not a school year (write "2021-2022")',
    ),
    "enrollment.bad_year_option": (
        '--year phải là một năm học, ví dụ "2021-2022", không phải "{value}"',
        '--year must be a school year such as "2021-2022", not "{value}"',
    ),
    "enrollment.year_assumed": (
        "tệp không ghi năm học: các dòng được ghi cho năm học {year} (năm học đang tuyển sinh "
        "hôm nay); dùng --year 2021-2022 để ghi cho năm học khác",
        "the file names no school year: its rows are recorded for {year} (the enrolment under way "
        "today); use --year 2021-2022 for another year",
    ),
    "enrollment.opt.year": (
        'Năm học của các dòng không ghi năm học (cột "Năm học"), ví dụ 2021-2022; mặc định: năm '
        "học đang tuyển sinh hôm nay.",
        'The school year of the rows that name none (column "Năm học"), e.g. 2021-2022; default: '
        "the enrolment under way today.",
    ),
    "meta.school_year": ("NĂM_HỌC", "SCHOOL_YEAR"),
    "enrollment.col.school_year": ("Năm học", "School year"),
    "enrollment.opt.report_year": (
        "Năm học cần xem, ví dụ 2021-2022; mặc định: năm học kế hoạch chấm (--campaign), không "
        "có thì năm học mới nhất đã nhập.",
        "The school year to show, e.g. 2021-2022; default: the one the campaign judges "
        "(--campaign), else the latest imported.",
    ),
    "enrollment.other_years": (
        "cơ sở dữ liệu còn số liệu tuyển sinh các năm học {years}; báo cáo này chỉ tính năm học "
        "{year}",
        "the database also holds enrolment for {years}; this report counts {year} only",
    ),
    "campaign.school_year_line": (
        "Chỉ tiêu tuyển sinh trực tuyến chấm năm học {year}.",
        "The online enrolment target judges the school year {year}.",
    ),
}
