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
  the start.\n\nYou race tomorrow. Gentle Swedish strokes calm you down and
  help you sleep\, and they will not leave you sore on the start line.\n\nT
 echniques:\n- Effleurage: Light\, flowing strokes that glide along your mu
 scles at an even rhythm. Calming and gentle\, so you wake up without soren
 ess.\n- Petrissage: Soft kneading and lifting of the muscle\, a bit like w
 orking dough. It relaxes tired legs and is unlikely to leave them sore.\n\
 n45-60 minutes.
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
 ened.\n\nYour race is behind you and your legs are ready: deep work now re
 leases what the race tightened. If you are achy the day after\, run easy t
 hat day.\n\nTechniques:\n- Stripping: Slow\, deep strokes along the length
  of the muscle fibres\, working from surface layers down to release stubbo
 rn tightness.\n- Cross-fibre friction: Firm rubbing across the grain of a 
 muscle or tendon to break up adhesions and tight bands in hard-working are
 as.\n- Sustained compression: Steady\, deep pressure held on one area of m
 uscle so it can let go of tension it has been holding.\n\n45-90 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
>>> stderr
>>> exit 0
