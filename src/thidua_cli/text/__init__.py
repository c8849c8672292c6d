"""What every layer may use: the message catalogue, Vietnamese formatting, sorting and text normalisation."""
