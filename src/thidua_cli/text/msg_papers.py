"""Messages of the office's papers: verdicts in words, requirements as phrases, the proposal list,
form 06 as sent, and the office's identity."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the office's identity (thidua config set) ---
    "config.unset_done": ("Đã xóa {key}.", "Cleared {key}."),
}
