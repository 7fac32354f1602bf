"""Reads a calendar file (.ics) with Python's icalendar package, as a calendar application would, and prints what it
found as JSON: the calendar's time zone (its VTIMEZONE turned into a tzinfo, and the offsets it gives in January and
July) and each event's UID, dates and words. Usage: read_calendar.py FILE"""
import datetime
import json
import sys

import icalendar

with open(sys.argv[1], 'rb') as f:
    calendar = icalendar.Calendar.from_ical(f.read())

zones = []
for component in calendar.walk('VTIMEZONE'):
    tz = component.to_tz()
    offsets = []
    for month in (1, 7):
        moment = datetime.datetime(2017, month, 15, 12, 0)
        local = tz.localize(moment) if hasattr(tz, 'localize') else moment.replace(tzinfo=tz)
        offsets.append(local.utcoffset().total_seconds() / 3600)
    zones.append({'tzid': str(component['TZID']), 'offsets': offsets})

events = []
for event in calendar.walk('VEVENT'):
    start, end = event.decoded('DTSTART'), event.decoded('DTEND')
    events.append(
        {
            'uid': str(event['UID']),
            'allDay': not isinstance(start, datetime.datetime),
            'start': start.isoformat(),
            'end': end.isoformat(),
            'stamp': event.decoded('DTSTAMP').isoformat(),
            'summary': str(event['SUMMARY']),
            'description': str(event.get('DESCRIPTION', '')),
            'location': str(event.get('LOCATION', '')),
        }
    )

print(json.dumps({'timezone': str(calendar.get('X-WR-TIMEZONE', '')), 'zones': zones, 'events': events}, ensure_ascii=False))
