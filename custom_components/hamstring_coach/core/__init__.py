"""Plain-Python rules of Hamstring Coach: no Home Assistant import, time is always an argument."""
