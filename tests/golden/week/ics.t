# The suggested bookings as an iCalendar file; DTSTAMP is --today at midnight UTC.
$ runmassage week --today 2024-04-29 --run tue --run thu --run sat --race 2024-05-04 --format ics
>>> stdout
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//runmassage//week//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:20240503-swedish@runmassage
DTSTAMP:20240429T000000Z
DTSTART;VALUE=DATE:20240503
DTEND;VALUE=DATE:20240504
SUMMARY:Swedish massage
DESCRIPTION:Relax before the race and sleep well\; nothing deep so close to
  the start.\n\nYou run tomorrow. Gentle Swedish strokes relax you and help
  you sleep without leaving you sore in the morning.\n\nTechniques:\n- Effl
 eurage: Light\, flowing strokes that glide along your muscles at an even r
 hythm. Calming and gentle\, so you wake up without soreness.\n- Petrissage
 : Soft kneading and lifting of the muscle\, a bit like working dough. It r
 elaxes tired legs and is unlikely to leave them sore.\n\n45-60 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:20240505-deep-tissue@runmassage
DTSTAMP:20240429T000000Z
DTSTART;VALUE=DATE:20240505
DTEND;VALUE=DATE:20240506
SUMMARY:Deep tissue massage
DESCRIPTION:The first free day after the race: work out what the race tight
 ened.\n\nYou raced yesterday and do not run tomorrow: the right time for d
 eep work on the muscles the race tightened.\n\nTechniques:\n- Stripping: S
 low\, deep strokes along the length of the muscle fibres\, working from su
 rface layers down to release stubborn tightness.\n- Cross-fibre friction: 
 Firm rubbing across the grain of a muscle or tendon to break up adhesions 
 and tight bands in hard-working areas.\n- Sustained compression: Steady\, 
 deep pressure held on one area of muscle so it can let go of tension it ha
 s been holding.\n\n45-90 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
>>> stderr
>>> exit 0
