"""``thidua report review``: the sơ kết / tổng kết report as the office files it.

The demo's database (the sample month, the campaign's tasks and progress, the sample office's
identity) is built once for the module. The Word file is read back with python-docx for its
structure, and printed to PDF by LibreOffice to check what a reader sees; Markdown and HTML are
checked to say what the JSON says.
"""

from __future__ import annotations

import html
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pytest

from conftest import Cli

CAMPAIGN = "486/KH-GDĐT"
SECTIONS = (
    "I. KẾT QUẢ THỰC HIỆN",
    "II. ĐÁNH GIÁ CHUNG",
    "III. ĐỀ XUẤT KHEN THƯỞNG",
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
)
PROPOSAL = "danh-sach-de-nghi-khen-thuong.docx"
# The proposal's columns as the paper heads them, and the JSON keys they show, in order.
UNIT_COLUMNS = ("STT", "Tên tập thể", "Thành tích", "Hình thức khen thưởng")
PERSON_COLUMNS = ("STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng")
KEYS = {
    UNIT_COLUMNS: ("no", "name", "achievements", "form"),
    PERSON_COLUMNS: ("no", "name", "title", "unit", "achievements", "form"),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Cli, Path]:
    folder = tmp_path_factory.mktemp("review") / "demo"
    result = Cli(folder.parent / "none.db")("demo", "--dir", str(folder))
    assert result.exit_code == 0, result.stderr
    said = " ".join(result.stderr.split())
    assert f"Đã ghi {folder / 'bao-cao-tong-ket.docx'}." in said
    assert f"Đã ghi {folder / PROPOSAL}." in said
    return Cli(folder / "thidua-demo.db"), folder


def review(cli: Cli, *args: str) -> Any:
    return cli.json("report", "review", "--campaign", CAMPAIGN, "--as-of", "2021-07-01", *args)


def proposed(data: dict[str, Any]) -> list[str]:
    awards = data["awards"]
    names = [e["name"] for kind in ("units", "individuals") for e in awards[kind] if e["eligible"]]
    assert names, "the sample proposes someone"
    return names


def docx_text(path: Path) -> str:
    """Every paragraph of the document, tables included, one per line."""
    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                lines.extend(p.text for p in cell.paragraphs)
    return "\n".join(lines)


def test_the_final_review_as_a_word_document_in_the_state_format(demo: tuple[Cli, Path]) -> None:
    cli, folder = demo
    data = review(cli, "--stage", "tong-ket")
    document = docx.Document(str(folder / "bao-cao-tong-ket.docx"))
    section = document.sections[0]
    # A4 portrait, margins 20 / 20 / 30 / 15 mm, page numbers from page 2.
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin)] == [20, 20]
    assert [round(m.mm) for m in (section.left_margin, section.right_margin)] == [30, 15]
    assert section.different_first_page_header_footer
    assert 'w:instr="PAGE"' in section.header._element.xml
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    # The header block: the office on the left, the nation on the right, number and date.
    header = document.tables[0]
    issuer = [p.text for p in header.cell(0, 0).paragraphs if p.text]
    nation = [p.text for p in header.cell(0, 1).paragraphs if p.text]
    assert issuer == ["ỦY BAN NHÂN DÂN QUẬN 25", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"]
    assert header.cell(0, 0).paragraphs[1].runs[0].bold
    assert nation == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert (
        header.cell(1, 0).paragraphs[0].text.startswith("Số: ")
        and "/BC-" in header.cell(1, 0).paragraphs[0].text
    )
    dated = header.cell(1, 1).paragraphs[0]
    assert dated.text == "Quận 25, ngày 01 tháng 7 năm 2021" and dated.runs[0].italic
    paragraphs = [p for p in document.paragraphs if p.text]
    kind = next(p for p in paragraphs if p.text == "BÁO CÁO")
    assert kind.runs[0].bold
    assert "Tổng kết phong trào thi đua theo Kế hoạch số 486/KH-GDĐT" in [
        p.text for p in paragraphs
    ]
    assert "Kính gửi: Ủy ban nhân dân Quận 25" in [p.text for p in paragraphs]
    # Sections I-IV as headings, in order, each with its numbered parts.
    headings = [(p.style.name, p.text) for p in paragraphs if p.style.name.startswith("Heading")]
    assert [text for style, text in headings if style == "Heading 1"] == list(SECTIONS)
    assert ("Heading 2", "1. Ưu điểm") in headings and ("Heading 2", "2. Hạn chế") in headings
    # The tasks table holds the JSON's tasks, in order, with their status in words.
    tasks = document.tables[1]
    assert [c.text for c in tasks.rows[0].cells] == [
        "STT", "Nhiệm vụ", "Thực hiện", "Hạn", "Hoàn thành", "Tình trạng",
    ]  # fmt: skip
    assert [(r.cells[1].text, r.cells[2].text) for r in tasks.rows[1:]] == [
        (t["title"], t["owner"]) for t in data["tasks"]
    ]
    assert tasks.rows[7].cells[5].text == "Hoàn thành trễ hạn"
    # The assessment's sentences, every one, as the JSON words them.
    text = docx_text(folder / "bao-cao-tong-ket.docx")
    for sentence in data["assessment"]["strengths"] + data["assessment"]["shortcomings"]:
        assert f"- {sentence}" in text
    # Section III: the candidates the awards report finds eligible, units apart from people.
    for name in proposed(data):
        assert name in text
    # Recipients and the signature, from the office's identity.
    signature = document.tables[-1]
    recipients = [p.text for p in signature.cell(0, 0).paragraphs if p.text]
    assert recipients == [
        "Nơi nhận:",
        "- Như trên;",
        "- Phòng Nội vụ Quận 25;",
        "- Lưu: VT, Tổ Tổ chức cán bộ.",
    ]
    signer = [p for p in signature.cell(0, 1).paragraphs if p.text]
    assert [p.text for p in signer] == ["TRƯỞNG PHÒNG", "Lê Thị Minh Thư"]
    assert all(p.runs[0].bold for p in signer)


def listed(path: Path) -> dict[str, list[list[str]]]:
    """The proposal tables of a Word file, by kind, each row's cells as printed."""
    found: dict[str, list[list[str]]] = {}
    for table in docx.Document(str(path)).tables:
        heading = tuple(cell.text for cell in table.rows[0].cells)
        for kind, columns in (("units", UNIT_COLUMNS), ("individuals", PERSON_COLUMNS)):
            if heading == columns:
                assert kind not in found, f"two {kind} lists in {path.name}"
                found[kind] = [[cell.text for cell in row.cells] for row in table.rows[1:]]
    return found


def as_printed(proposal: dict[str, Any]) -> dict[str, list[list[str]]]:
    """The JSON's ``proposal`` as its rows would be printed, column by column."""
    return {
        kind: [[str(entry[key]) for key in KEYS[columns]] for entry in proposal[kind]]
        for kind, columns in (("units", UNIT_COLUMNS), ("individuals", PERSON_COLUMNS))
        if proposal[kind]
    }


def test_both_papers_list_exactly_the_proposal_of_the_awards_json(
    demo: tuple[Cli, Path],
) -> None:
    """Section III of the review and the proposal's own paper are the awards report's
    ``proposal``: the same people and units, numbered alike, with the roster's title, the
    achievements and the form of commendation as the JSON writes them."""
    cli, folder = demo
    proposal = cli.json("awards", "--campaign", CAMPAIGN)["proposal"]
    assert proposal["units"] and proposal["individuals"], "the sample proposes both"
    assert all(e["title"] and e["achievements"] and e["form"] for e in proposal["individuals"])
    expected = as_printed(proposal)
    assert listed(folder / "bao-cao-tong-ket.docx") == expected
    assert listed(folder / PROPOSAL) == expected
    # The proposal's paper: its two parts, sent where the review goes, signed as the review is.
    paper = docx.Document(str(folder / PROPOSAL))
    paragraphs = [p.text for p in paper.paragraphs if p.text]
    assert "DANH SÁCH" in paragraphs and "Kính gửi: Ủy ban nhân dân Quận 25" in paragraphs
    headings = [p.text for p in paper.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["I. TẬP THỂ", "II. CÁ NHÂN"]
    signature = paper.tables[-1]
    assert [p.text for p in signature.cell(0, 1).paragraphs if p.text] == [
        "TRƯỞNG PHÒNG",
        "Lê Thị Minh Thư",
    ]
    assert "Quận 25, ngày 01 tháng 7 năm 2021" in docx_text(folder / PROPOSAL)


def test_no_row_of_either_paper_breaks_across_a_page(demo: tuple[Cli, Path]) -> None:
    """Every row of every table, the signature's included, is kept on one page (w:cantSplit):
    a person's achievements are not cut by a page turn, nor the signer's title from the name."""
    _, folder = demo
    for name in ("bao-cao-tong-ket.docx", PROPOSAL):
        tables = docx.Document(str(folder / name)).tables
        body, signature = tables[1:-1], tables[-1]
        assert body, name
        for table in [*body, signature]:
            for row in table.rows:
                assert row._tr.trPr is not None and row._tr.trPr.find(_CANT_SPLIT) is not None


_CANT_SPLIT = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cantSplit"


def test_a_campaign_that_names_no_form_leaves_the_column_blank_in_both_papers(
    demo: tuple[Cli, Path], tmp_path: Path
) -> None:
    """The form is the campaign file's; when it names none, the column stays in both papers,
    empty for the office to write in, rather than drop out of one of them."""
    from thidua_cli.commands.demo_cmd import CAMPAIGN_FILE, sample_dir

    _, folder = demo
    shutil.copy(folder / "thidua-demo.db", tmp_path / "copy.db")
    cli = Cli(tmp_path / "copy.db")
    plan = (sample_dir() / CAMPAIGN_FILE).read_text(encoding="utf-8")
    plan = plan.replace(f'code = "{CAMPAIGN}"', 'code = "12/KH-THU"', 1)
    plan = "\n".join(line for line in plan.splitlines() if not line.startswith("form = "))
    (tmp_path / "plan.toml").write_text(plan, encoding="utf-8")
    assert cli("campaign", "load", str(tmp_path / "plan.toml")).exit_code == 0
    proposal = cli.json("awards", "--campaign", "12/KH-THU")["proposal"]
    assert proposal["individuals"] and {e["form"] for e in proposal["individuals"]} == {""}
    review_file, proposal_file = tmp_path / "bc.docx", tmp_path / "ds.docx"
    written = cli("report", "review", "--campaign", "12/KH-THU", "--stage", "tong-ket",
                  "--as-of", "2021-07-01", "-o", str(review_file))  # fmt: skip
    assert written.exit_code == 0, written.stderr
    written = cli("awards", "--campaign", "12/KH-THU", "-o", str(proposal_file))
    assert written.exit_code == 0, written.stderr
    expected = as_printed(proposal)
    assert listed(review_file) == expected
    assert listed(proposal_file) == expected


def test_the_review_reads_its_figures_from_the_reports_that_hold_them(
    demo: tuple[Cli, Path],
) -> None:
    cli, _ = demo
    data = review(cli, "--stage", "tong-ket")
    as_of = ("--as-of", "2021-07-01")
    assert data["compliance"] == cli.json("report", "compliance", "--campaign", CAMPAIGN, *as_of)
    assert data["tasks"] == cli.json("task", "list", "--campaign", CAMPAIGN, *as_of)
    assert data["enrollment"] == cli.json("report", "enrollment", "--campaign", CAMPAIGN)
    assert data["awards"] == cli.json("awards", "--campaign", CAMPAIGN, *as_of)
    assert (
        data["satisfaction"]["total"]
        == cli.json("report", "satisfaction", "--campaign", CAMPAIGN)["total"]
    )
    shortcomings = " ".join(data["assessment"]["shortcomings"])
    # The sample's story: Đinh Tấn Khang's late dossiers and upheld complaint, T07 late, T13 open.
    assert "Đinh Tấn Khang (5)" in shortcomings
    assert "phản ánh có cơ sở" in shortcomings
    assert "T07" in shortcomings and "T13" in shortcomings and "T01" not in shortcomings
    assert "Có kế hoạch, tổ chức triển khai và phát động phong trào" in " ".join(
        data["assessment"]["strengths"]
    )


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


def test_markdown_html_and_the_terminal_say_what_the_json_says(
    demo: tuple[Cli, Path], tmp_path: Path
) -> None:
    cli, _ = demo
    data = review(cli, "--stage", "tong-ket")
    args = (
        "report",
        "review",
        "--campaign",
        CAMPAIGN,
        "--stage",
        "tong-ket",
        "--as-of",
        "2021-07-01",
    )
    assert cli(*args, "-o", str(tmp_path / "bc.md")).exit_code == 0
    assert cli(*args, "-o", str(tmp_path / "bc.html")).exit_code == 0
    # As a Markdown reader shows it: "&gt;" is ">".
    markdown = html.unescape((tmp_path / "bc.md").read_text(encoding="utf-8"))
    page = _Page()
    page.feed((tmp_path / "bc.html").read_text(encoding="utf-8"))
    html_text = " ".join("".join(page.text).split())
    terminal = " ".join(cli(*args).stdout.split())
    sentences = data["assessment"]["strengths"] + data["assessment"]["shortcomings"]
    for sentence in sentences:
        assert f"- {sentence}" in markdown
        assert sentence in html_text
        assert " ".join(sentence.split()) in terminal
    for heading in SECTIONS:
        assert f"## {heading}" in markdown and heading in html_text and heading in terminal
    for task in data["tasks"]:
        assert [task["title"], task["owner"]] in [row[1:3] for row in page.rows]
        assert f"| {task['title']} | {task['owner']} |" in markdown
    targets = [t for t in data["compliance"]["overall"]["targets"] if t["metric"] == "tasks_done"]
    assert targets[0]["met"] is True
    assert ["Toàn kế hoạch", targets[0]["label"], "cần bằng 100%", "100,0%", "Đạt"] in [
        row[1:] for row in page.rows
    ]
    assert (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html_text
        and "Độc lập - Tự do - Hạnh phúc" in markdown
    )


def test_an_interim_review_counts_to_its_date(demo: tuple[Cli, Path]) -> None:
    cli, _ = demo
    data = cli.json(
        "report", "review", "--campaign", CAMPAIGN, "--stage", "Sơ kết", "--as-of", "16/06/2021"
    )
    assert (data["stage"], data["counted_to"]) == ("so-ket", "2021-06-16")
    assert {t["code"]: t["status"] for t in data["tasks"]}["T07"] == "open"  # done on 18/06
    assert data["satisfaction"]["to"] == "2021-06-16"
    early = cli(
        "report", "review", "--campaign", CAMPAIGN, "--stage", "tong-ket", "--as-of", "2021-06-20"
    )
    assert early.exit_code == 0 and "chỉ tính số liệu đến" in " ".join(early.stderr.split())


def test_an_interim_review_proposes_on_what_was_done_by_its_date(demo: tuple[Cli, Path]) -> None:
    """Section III of a sơ kết is judged on the figures up to its date, as section I is, and is
    what `awards --as-of` gives for that date: not the whole campaign's list."""
    cli, _ = demo
    interim = cli.json(
        "report", "review", "--campaign", CAMPAIGN, "--stage", "so-ket", "--as-of", "2021-06-16"
    )
    at_date = cli.json("awards", "--campaign", CAMPAIGN, "--as-of", "2021-06-16")
    whole = cli.json("awards", "--campaign", CAMPAIGN)
    assert interim["awards"] == at_date
    assert at_date["proposal"] != whole["proposal"]

    def late(report: dict[str, Any]) -> dict[str, int]:
        return {e["name"]: e["criteria"]["late_count"]["value"] or 0 for e in report["individuals"]}

    # Nobody has more late dossiers by mid-June than by the campaign's end, and some have fewer.
    assert all(late(at_date)[name] <= count for name, count in late(whole).items())
    assert sum(late(at_date).values()) < sum(late(whole).values())
    assert "16/06/2021" in cli("awards", "--campaign", CAMPAIGN, "--as-of", "2021-06-16").stdout


def test_english_achievements_read_right_for_a_count_of_one(demo: tuple[Cli, Path]) -> None:
    """Each proposed officer registered one initiative: English says "initiatives registered:
    1", never "1 initiatives"."""
    import re

    cli, _ = demo
    proposal = cli.json("--lang", "en", "awards", "--campaign", CAMPAIGN)["proposal"]
    sentences = [e["achievements"] for kind in ("units", "individuals") for e in proposal[kind]]
    assert all("initiatives registered: 1" in sentence for sentence in sentences)
    for sentence in sentences:
        assert not re.search(r"(?<![\d.,])1 [a-z]+s\b", sentence), sentence


def test_mistakes_are_usage_errors(
    demo: tuple[Cli, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli, _ = demo
    bad = cli("report", "review", "--campaign", CAMPAIGN, "--stage", "giua-ky")
    assert bad.exit_code == 2 and "so-ket" in bad.stderr and "Traceback" not in bad.output
    # Standard output on a terminal (a pipe or a file would take the document).
    monkeypatch.setattr("thidua_cli.files.is_terminal", lambda path: str(path) == "-")
    screen = cli("report", "review", "--campaign", CAMPAIGN, "--stage", "tong-ket", "-f", "docx")
    assert screen.exit_code == 2 and "--output" in screen.stderr
    other = cli("dossiers", "--as-of", "2021-07-01", "-o", str(tmp_path / "ho-so.docx"))
    assert other.exit_code == 2 and "thidua report review" in " ".join(other.stderr.split())
    assert not (tmp_path / "ho-so.docx").exists()


def test_an_office_that_set_no_identity_gets_blanks_to_fill(cli: Cli, tmp_path: Path) -> None:
    plan = tmp_path / "ke-hoach.toml"
    plan.write_text(
        '[campaign]\ncode = "12/KH-THU"\nstart = 2021-06-01\nend = 2021-06-30\n', encoding="utf-8"
    )
    assert cli("campaign", "load", str(plan)).exit_code == 0
    target = tmp_path / "bc.docx"
    result = cli("--lang", "en", "report", "review", "--campaign", "12/KH-THU", "--stage", "so-ket",
                 "--as-of", "2021-06-15", "-o", str(target))  # fmt: skip
    assert result.exit_code == 0, result.stderr
    document = docx.Document(str(target))
    header = document.tables[0]
    assert [p.text for p in header.cell(0, 0).paragraphs if p.text] == ["……………"]
    assert header.cell(1, 1).paragraphs[0].text == "……………, 15 June 2021"
    assert "SOCIALIST REPUBLIC OF VIETNAM" in header.cell(0, 1).paragraphs[0].text
    signer = [p.text for p in document.tables[-1].cell(0, 1).paragraphs if p.text]
    assert signer == ["……………", "……………"]


# --- printed: LibreOffice turns the .docx into a PDF, pdftotext reads it back ------------------

# CI (.ci/run) installs LibreOffice and poppler-utils and runs this test; it fails when they are
# missing. Only a developer's machine without them may skip it, by saying so.
NO_OFFICE = os.environ.get("THIDUA_SKIP_PRINT_CHECK") == "1"


def printed_text(document: Path, work: Path) -> str:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftotext = shutil.which("pdftotext")
    assert soffice and pdftotext, "LibreOffice (soffice) and pdftotext (poppler-utils) are needed"
    # A profile of its own: another LibreOffice running on the machine cannot lock this one.
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(work), str(document)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = work / (document.stem + ".pdf")
    # Reading order (no -layout): a cell's wrapped lines follow each other.
    out = subprocess.run([pdftotext, str(pdf), "-"], check=True, capture_output=True, timeout=60)
    return out.stdout.decode("utf-8")


@pytest.mark.skipif(NO_OFFICE, reason="THIDUA_SKIP_PRINT_CHECK=1: no LibreOffice on this machine")
def test_the_printed_review_shows_the_motto_every_section_and_the_signer(
    demo: tuple[Cli, Path], tmp_path: Path
) -> None:
    cli, folder = demo
    data = review(cli, "--stage", "tong-ket")
    text = printed_text(folder / "bao-cao-tong-ket.docx", tmp_path)
    flat = " ".join(text.split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in flat
    assert "Độc lập - Tự do - Hạnh phúc" in flat
    assert "Quận 25, ngày 01 tháng 7 năm 2021" in flat
    for heading in SECTIONS:
        assert heading in flat
    for task in data["tasks"]:
        assert task["code"] and " ".join(task["title"].split()[:3]) in flat
    for name in proposed(data):
        assert name in flat
    assert "TRƯỞNG PHÒNG" in flat and "Lê Thị Minh Thư" in flat
    # Page numbers from page 2: the second page starts with its number, the first has none.
    pages = text.split("\f")
    assert len(pages) >= 3
    assert pages[1].strip().splitlines()[0].strip() == "2"
    assert not pages[0].strip().splitlines()[0].strip().isdigit()


@pytest.mark.skipif(NO_OFFICE, reason="THIDUA_SKIP_PRINT_CHECK=1: no LibreOffice on this machine")
def test_the_printed_proposal_shows_the_motto_its_parts_and_every_name(
    demo: tuple[Cli, Path], tmp_path: Path
) -> None:
    cli, folder = demo
    proposal = cli.json("awards", "--campaign", CAMPAIGN)["proposal"]
    text = printed_text(folder / PROPOSAL, tmp_path)
    flat = " ".join(text.split())
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in flat
    assert "Độc lập - Tự do - Hạnh phúc" in flat
    assert "DANH SÁCH" in flat and "Quận 25, ngày 01 tháng 7 năm 2021" in flat
    assert "I. TẬP THỂ" in flat and "II. CÁ NHÂN" in flat
    for kind in ("units", "individuals"):
        for entry in proposal[kind]:
            assert entry["name"] in flat
            assert " ".join(entry["form"].split()) in flat
    assert "Nơi nhận:" in flat and "TRƯỞNG PHÒNG" in flat and "Lê Thị Minh Thư" in flat


def test_the_proposal_list_is_laid_out_as_a_paper(tmp_path: Path) -> None:
    """The awards report's ``proposal`` (contract.md) as the office sends it: a landscape list,
    units apart from individuals, each column of the form."""
    from datetime import date

    from thidua_cli.domain.campaign import Campaign
    from thidua_cli.domain.office import Office
    from thidua_cli.reports.exporters.docx_out import write_document
    from thidua_cli.reports.proposal import proposal_document
    from thidua_cli.text.messages import text

    proposal = {
        "units": [
            {"no": 1, "name": "Tổ Giáo dục Tiểu học", "achievements": "100% hồ sơ đúng hạn",
             "form": "Giấy khen của Chủ tịch UBND quận"},
        ],
        "individuals": [
            {"no": 1, "name": "Dương Hữu Hùng", "title": "Tổ trưởng", "unit": "Bộ phận Một cửa",
             "achievements": "Sáng kiến được công nhận; 100% hồ sơ đúng hạn",
             "form": "Giấy khen của Chủ tịch UBND quận"},
            {"no": 2, "name": "Phan Phương Loan", "title": "Chuyên viên", "unit": "Bộ phận Một cửa",
             "achievements": "Không có hồ sơ trễ hạn", "form": "Giấy khen của Chủ tịch UBND quận"},
        ],
    }  # fmt: skip
    campaign = Campaign("12/KH-THU", "Thử", "", date(2021, 6, 1), date(2021, 6, 30), (), ())
    office = Office(
        name="Phòng Giáo dục và Đào tạo",
        place="Quận 25",
        signer_title="Trưởng phòng",
        recipients=("Như trên", "Lưu: VT"),
    )
    document = proposal_document(
        proposal, campaign, office, date(2021, 7, 2), lambda key, **p: text(key, "vi", **p)
    )
    target = tmp_path / "de-nghi.docx"
    write_document(target, document, "vi")
    word = docx.Document(str(target))
    section = word.sections[0]
    assert section.page_width > section.page_height  # landscape
    paragraphs = [p.text for p in word.paragraphs if p.text]
    assert "DANH SÁCH" in paragraphs
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["I. TẬP THỂ", "II. CÁ NHÂN"]
    units, people = word.tables[1], word.tables[2]
    assert [c.text for c in people.rows[0].cells] == [
        "STT", "Họ và tên", "Chức vụ", "Đơn vị", "Thành tích", "Hình thức khen thưởng",
    ]  # fmt: skip
    assert [[c.text for c in row.cells] for row in people.rows[1:]] == [
        [str(e["no"]), e["name"], e["title"], e["unit"], e["achievements"], e["form"]]
        for e in proposal["individuals"]
    ]
    assert [c.text for c in units.rows[1].cells] == [
        "1", "Tổ Giáo dục Tiểu học", "100% hồ sơ đúng hạn", "Giấy khen của Chủ tịch UBND quận",
    ]  # fmt: skip
    assert "Tổng cộng: 1 tập thể, 2 cá nhân./." in paragraphs
    assert "Quận 25, ngày 02 tháng 7 năm 2021" in docx_text(target)
    signer = [p.text for p in word.tables[-1].cell(0, 1).paragraphs if p.text]
    assert signer == ["TRƯỞNG PHÒNG", "……………"]
    # No "Kính gửi" (the office set no report_recipient), so nobody is "Như trên".
    assert not any(p.startswith("Kính gửi") for p in paragraphs)
    recipients = [p.text for p in word.tables[-1].cell(0, 0).paragraphs if p.text]
    assert recipients == ["Nơi nhận:", "- Lưu: VT."]
