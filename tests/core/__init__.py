"""Tests of Hamstring Coach."""
