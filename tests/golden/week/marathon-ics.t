# The marathon plan's last four weeks as bookings to import.
$ runmassage week --today 2024-09-30 --ics ../../data/marathon-18-weeks.ics --start 2024-09-30 --weeks 4 --format ics
>>> stdout
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//runmassage//week//EN
CALSCALE:GREGORIAN
METHOD:PUBLISH
BEGIN:VEVENT
UID:20241006-deep-tissue@runmassage
DTSTAMP:20240930T000000Z
DTSTART;VALUE=DATE:20241006
DTEND;VALUE=DATE:20241007
SUMMARY:Deep tissue massage
DESCRIPTION:Rest day after the long run\, no key run close: deep work on wh
 at it built up.\n\nA rest day with no run tomorrow: time for deep work on 
 tight spots. If you are achy the day after\, run easy that day.\n\nTechniq
 ues:\n- Stripping: Slow\, deep strokes along the length of the muscle fibr
 es\, working from surface layers down to release stubborn tightness.\n- Cr
 oss-fibre friction: Firm rubbing across the grain of a muscle or tendon to
  break up adhesions and tight bands in hard-working areas.\n- Sustained co
 mpression: Steady\, deep pressure held on one area of muscle so it can let
  go of tension it has been holding.\n\n45-90 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:20241013-deep-tissue@runmassage
DTSTAMP:20240930T000000Z
DTSTART;VALUE=DATE:20241013
DTEND;VALUE=DATE:20241014
SUMMARY:Deep tissue massage
DESCRIPTION:Rest day after the long run\, no key run close: deep work on wh
 at it built up.\n\nA rest day with no run tomorrow: time for deep work on 
 tight spots. If you are achy the day after\, run easy that day.\n\nTechniq
 ues:\n- Stripping: Slow\, deep strokes along the length of the muscle fibr
 es\, working from surface layers down to release stubborn tightness.\n- Cr
 oss-fibre friction: Firm rubbing across the grain of a muscle or tendon to
  break up adhesions and tight bands in hard-working areas.\n- Sustained co
 mpression: Steady\, deep pressure held on one area of muscle so it can let
  go of tension it has been holding.\n\n45-90 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:20241020-deep-tissue@runmassage
DTSTAMP:20240930T000000Z
DTSTART;VALUE=DATE:20241020
DTEND;VALUE=DATE:20241021
SUMMARY:Deep tissue massage
DESCRIPTION:Rest day after the long run\, no key run close: deep work on wh
 at it built up.\n\nA rest day with no run tomorrow: time for deep work on 
 tight spots. If you are achy the day after\, run easy that day.\n\nTechniq
 ues:\n- Stripping: Slow\, deep strokes along the length of the muscle fibr
 es\, working from surface layers down to release stubborn tightness.\n- Cr
 oss-fibre friction: Firm rubbing across the grain of a muscle or tendon to
  break up adhesions and tight bands in hard-working areas.\n- Sustained co
 mpression: Steady\, deep pressure held on one area of muscle so it can let
  go of tension it has been holding.\n\n45-90 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
BEGIN:VEVENT
UID:20241025-swedish@runmassage
DTSTAMP:20240930T000000Z
DTSTART;VALUE=DATE:20241025
DTEND;VALUE=DATE:20241026
SUMMARY:Swedish massage
DESCRIPTION:Before the race: relax and sleep well\; nothing deep so close t
 o the start.\n\nYou run tomorrow. Gentle Swedish strokes relax you and hel
 p you sleep without leaving you sore in the morning.\n\nTechniques:\n- Eff
 leurage: Light\, flowing strokes that glide along your muscles at an even 
 rhythm. Calming and gentle\, so you wake up without soreness.\n- Petrissag
 e: Soft kneading and lifting of the muscle\, a bit like working dough. It 
 relaxes tired legs and is unlikely to leave them sore.\n\n45-60 minutes.
CATEGORIES:Massage
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR
>>> stderr
>>> exit 0
