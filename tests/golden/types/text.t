# The catalogue for a person.
$ runmassage types
>>> stdout
Sports massage, pre-event [sports-pre], 10-25 minutes
  A short, brisk session to wake your body up and open your range of motion
  before you run.
  When: Book it on the day of a run, before you go; on race day keep it to 10-25
        minutes and finish 15-45 minutes before the start.
  - PNF stretching [pnf-stretching]: Your therapist stretches a muscle to its
    limit, you push back against them, then they take it a little further. Three
    rounds per muscle group give you more range straight away.
    Works on: hamstrings, quadriceps, calves, glutes, hip flexors
  - Assisted joint range of motion [assisted-rom]: After some warming strokes,
    the therapist moves your ankles, knees and hips through their full range,
    checking how freely they move before and after stretching.
    Works on: ankles, knees, hips
  - Tapotement [tapotement]: Quick, rhythmic tapping and drumming with the
    hands. It wakes your muscles up before you run and helps loosen stuck spots.
    Works on: hamstrings, quadriceps, calves, glutes
  - Motion palpation [motion-palpation]: Fast side-to-side rocking, usually of
    your legs, finished with a pull at the ankles and a light shake to leave
    them loose and ready.
    Works on: legs, ankles, hips

Sports massage, post-event [sports-post], 20-45 minutes
  Eases out the tightness your run left behind.
  When: Book it later on the same day you ran; after a race, a light flush from
        about two hours after the finish.
  - Myofascial release [myofascial-release]: Slow strokes without oil that work
    the fascia, the thin sheath around your muscles, easing it out so deeper
    work can follow.
    Works on: hamstrings, quadriceps, calves, glutes, back
  - Trigger point therapy [trigger-point]: The therapist holds steady pressure
    with a finger or elbow on a tender knot until the pain fades. Not
    comfortable, but it often frees up a tight spot.
    Works on: calves, glutes, hamstrings, quadriceps
  - Pin and stretch [pin-and-stretch]: The therapist pins a muscle near one end
    while you tighten it, then glides firmly along it as it lengthens, working
    through knots on the way.
    Works on: hamstrings, calves, quadriceps, hip flexors

Deep tissue massage [deep-tissue], 45-90 minutes
  Works down through the muscle layers to release deep tightness, though it may
  leave you sore the next day.
  When: Book it on a rest day one or two days after a run, never the day before
        one, nor 2 days or less before a long run or hard session. Keep it clear
        of races: none when a race of up to 10 km is 2 days away or less, one up
        to a half marathon 3, a marathon or a race of unknown distance 4, an
        ultra 6; after the race, wait 1 day (up to 10 km, or unknown distance),
        2 (up to a half), 3 (a marathon) or 4 (an ultra).
  - Stripping [stripping]: Slow, deep strokes along the length of the muscle
    fibres, working from surface layers down to release stubborn tightness.
    Works on: hamstrings, quadriceps, calves, glutes
  - Cross-fibre friction [cross-fibre-friction]: Firm rubbing across the grain
    of a muscle or tendon to break up adhesions and tight bands in hard-working
    areas.
    Works on: calves, hamstrings, quadriceps, knees
  - Sustained compression [compression]: Steady, deep pressure held on one area
    of muscle so it can let go of tension it has been holding.
    Works on: glutes, hamstrings, quadriceps, calves, back

Swedish massage [swedish], 45-60 minutes
  A gentle, relaxing session that helps you sleep and should not leave you sore
  in the morning.
  When: Book it the day before a run, and it is the right choice on the eve of a
        long run or race.
  - Effleurage [effleurage]: Light, flowing strokes that glide along your
    muscles at an even rhythm. Calming and gentle, so you wake up without
    soreness.
    Works on: legs, back, glutes
  - Petrissage [petrissage]: Soft kneading and lifting of the muscle, a bit like
    working dough. It relaxes tired legs and is unlikely to leave them sore.
    Works on: quadriceps, hamstrings, calves, glutes

Every massage focuses on: hamstrings, quadriceps, calves, glutes, core
>>> stderr
>>> exit 0
