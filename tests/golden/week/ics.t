# The suggested bookings as an iCalendar file; DTSTAMP is --today at midnight UTC.
$ runmassage week --today 2024-04-29 --run tue --run thu --run sat --race 2024-05-04 --format ics
>>> stdout
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//runmassage//week//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:20240505-deep-tissue@runmassage
DTSTAMP:20240429T000000Z
DTSTART;VALUE=DATE:20240505
DTEND;VALUE=DATE:20240506
SUMMARY:Deep tissue massage
DESCRIPTION:Race recovery: the first day deep work is safe after this dista
 nce.\n\nYour race is behind you and your legs are ready: deep work now rel
 eases what the race tightened. If you are achy the day after\, run easy th
 at day.\n\nTechniques:\n- Stripping: Slow\, deep strokes along the length 
 of the muscle fibres\, working from surface layers down to release stubbor
 n tightness.\n- Cross-fibre friction: Firm rubbing across the grain of a m
 uscle or tendon to break up adhesions and tight bands in hard-working area
 s.\n- Sustained compression: Steady\, deep pressure held on one area of mu
 scle so it can let go of tension it has been holding.\n\n45-90 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
>>> stderr
>>> exit 0
