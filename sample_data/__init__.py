"""The sample month shipped with thidua (see README.md here)."""
