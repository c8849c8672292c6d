"""thidua: deadlines, satisfaction and emulation-campaign reports for one-stop offices."""

__version__ = "0.1.0"
