"""Constants of Hamstring Coach."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "hamstring_coach"

CONF_SITTING_ENTITIES: Final = "sitting_entities"
CONF_BREAK_AFTER: Final = "break_after"
CONF_MIN_BREAK: Final = "min_break"
CONF_REMINDER_REPEAT: Final = "reminder_repeat"
CONF_POSTURE_CHECK_EVERY: Final = "posture_check_every"
CONF_ESCALATE_AFTER: Final = "escalate_after"
CONF_STAND_GOAL_HOURS: Final = "stand_goal_hours"
CONF_STAND_NUDGE_MINUTE: Final = "stand_nudge_minute"
CONF_ACTIVE_SCHEDULE: Final = "active_schedule"
CONF_PAUSE_WHILE: Final = "pause_while"
CONF_NOTIFY_TARGETS: Final = "notify_targets"

DEFAULT_BREAK_AFTER: Final = 45  # minutes
DEFAULT_MIN_BREAK: Final = 60  # seconds
DEFAULT_REMINDER_REPEAT: Final = 10  # minutes, 0 = once
DEFAULT_POSTURE_CHECK_EVERY: Final = 20  # minutes, 0 = off
DEFAULT_ESCALATE_AFTER: Final = 0  # unanswered reminders, 0 = off

BREAK_AFTER_RANGE: Final = (5, 240)
MIN_BREAK_RANGE: Final = (10, 1800)
REMINDER_REPEAT_RANGE: Final = (0, 240)
POSTURE_CHECK_RANGE: Final = (0, 240)
ESCALATE_RANGE: Final = (0, 10)
STAND_GOAL_RANGE: Final = (0, 24)  # hours, 0 = no goal
STAND_NUDGE_RANGE: Final = (0, 59)  # the minute of the hour; empty = off
SNOOZE_RANGE: Final = (1, 240)

BUTTON_SNOOZE_MINUTES: Final = 15

SITTING_SOURCE_DOMAINS: Final = [
    "binary_sensor",
    "input_boolean",
    "switch",
    "sensor",
    "media_player",
    "select",
    "input_select",
    "number",
    "input_number",
]
CONF_SITTING_STATES: Final = "sitting_states"
CONF_THRESHOLDS: Final = "thresholds"  # numeric sources: comparison, value, hysteresis
COMPARISON_SUFFIX: Final = "_comparison"  # form fields of a numeric source
THRESHOLD_SUFFIX: Final = "_threshold"
HYSTERESIS_SUFFIX: Final = "_hysteresis"
CONF_STANDING_ENTITIES: Final = "standing_entities"  # optional standing sources
CONF_STANDING_THRESHOLDS: Final = "standing_thresholds"  # numeric standing sources
STANDING_COMPARISON_SUFFIX: Final = "_standing_comparison"  # a standing number's
STANDING_THRESHOLD_SUFFIX: Final = "_standing_threshold"  # form fields
STANDING_HYSTERESIS_SUFFIX: Final = "_standing_hysteresis"
CONF_STANDING_HOLD_MINUTES: Final = "standing_hold_minutes"  # standing counts so long
STANDING_HOLD_SUFFIX: Final = "_standing_hold_minutes"  # after the source last changed
STANDING_SOURCE_DOMAINS: Final = [
    "binary_sensor",
    "input_boolean",
    "switch",
    "sensor",
    "number",
    "input_number",
]
CONF_HOLD_MINUTES: Final = "hold_minutes"
CONF_COMBINE: Final = "combine"
HOLD_SUFFIX: Final = (
    "_hold_minutes"  # form field of a source's hold, after its entity id
)
HOLD_RANGE: Final = (1, 1440)
SCHEDULE_DOMAINS: Final = ["schedule", "binary_sensor", "input_boolean"]
PAUSE_DOMAINS: Final = ["calendar", "binary_sensor", "input_boolean"]

CONF_RETENTION_DAYS: Final = "retention_days"
DEFAULT_RETENTION_DAYS: Final = 365
RETENTION_RANGE: Final = (30, 3650)
REPORT_DAYS_RANGE: Final = (1, 365)

CONF_WEEKLY_SUMMARY_DAY: Final = "weekly_summary_day"
CONF_WEEKLY_SUMMARY_TIME: Final = "weekly_summary_time"
WEEKDAYS: Final = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
SUMMARY_OFF: Final = "off"
DEFAULT_SUMMARY_DAY: Final = "sun"
DEFAULT_SUMMARY_TIME: Final = "18:00:00"
SERVICE_GET_INSIGHTS: Final = "get_insights"

CONF_ANNOUNCE_TTS: Final = "announce_tts"
CONF_ANNOUNCE_MEDIA_PLAYER: Final = "announce_media_player"

SERVICE_SNOOZE: Final = "snooze"
SERVICE_START_ROUTINE: Final = "start_routine"
SERVICE_NEXT_STEP: Final = "next_step"
SERVICE_PAUSE_ROUTINE: Final = "pause_routine"
SERVICE_RESUME_ROUTINE: Final = "resume_routine"
SERVICE_STOP_ROUTINE: Final = "stop_routine"
ATTR_ROUTINE: Final = "routine"
SERVICE_LOG_SYMPTOMS: Final = "log_symptoms"
SERVICE_GET_REPORT: Final = "get_report"
SERVICE_DELETE_HISTORY: Final = "delete_history"
SERVICE_LOG_PROFESSIONAL_REVIEW: Final = "log_professional_review"
ATTR_DAYS: Final = "days"

DEFAULT_ROUTINE: Final = "desk_break"
USER_ROUTINES_FILE: Final = "hamstring_coach_routines.yaml"
ATTR_CONFIG_ENTRY_ID: Final = "config_entry_id"
ATTR_MINUTES: Final = "minutes"

# Mobile app notification actions; the entry id follows the prefix so that each entry
# handles only its own buttons.
ACTION_SNOOZE_PREFIX: Final = "HAMSTRING_COACH_SNOOZE_"
ACTION_UP_PREFIX: Final = "HAMSTRING_COACH_UP_"
ACTION_ROUTINE_PREFIX: Final = "HAMSTRING_COACH_DESK_BREAK_"

SAVE_DELAY: Final = 60  # seconds: coalesce writes of the state file
NOTIFY_RETRY_INTERVAL: Final = (
    30  # seconds between tries for a target that is not loaded
)
NOTIFY_RETRY_LIMIT: Final = 20  # tries before a queued message is dropped (10 minutes)
