# The catalogue as JSON.
$ runmassage types --format json
>>> stdout
{
  "schema": "runmassage/types/v2",
  "focus": [
    "hamstrings",
    "quadriceps",
    "calves",
    "glutes",
    "core"
  ],
  "types": [
    {
      "id": "sports-pre",
      "name": "Sports massage, pre-event",
      "purpose": "A short, brisk session to wake your body up and open your range of motion before you run.",
      "timing": "Book it on the day of a run, before you go; on race day keep it to 10-25 minutes and finish 15-45 minutes before the start.",
      "minutes": {
        "min": 10,
        "max": 25
      },
      "techniques": [
        {
          "id": "pnf-stretching",
          "name": "PNF stretching",
          "description": "Your therapist stretches a muscle to its limit, you push back against them, then they take it a little further. Three rounds per muscle group give you more range straight away.",
          "targets": [
            "hamstrings",
            "quadriceps",
            "calves",
            "glutes",
            "hip flexors"
          ]
        },
        {
          "id": "assisted-rom",
          "name": "Assisted joint range of motion",
          "description": "After some warming strokes, the therapist moves your ankles, knees and hips through their full range, checking how freely they move before and after stretching.",
          "targets": [
            "ankles",
            "knees",
            "hips"
          ]
        },
        {
          "id": "tapotement",
          "name": "Tapotement",
          "description": "Quick, rhythmic tapping and drumming with the hands. It wakes your muscles up before you run and helps loosen stuck spots.",
          "targets": [
            "hamstrings",
            "quadriceps",
            "calves",
            "glutes"
          ]
        },
        {
          "id": "motion-palpation",
          "name": "Motion palpation",
          "description": "Fast side-to-side rocking, usually of your legs, finished with a pull at the ankles and a light shake to leave them loose and ready.",
          "targets": [
            "legs",
            "ankles",
            "hips"
          ]
        }
      ]
    },
    {
      "id": "sports-post",
      "name": "Sports massage, post-event",
      "purpose": "Eases out the tightness your run left behind.",
      "timing": "Book it later on the same day you ran; after a race, a light flush from about two hours after the finish.",
      "minutes": {
        "min": 20,
        "max": 45
      },
      "techniques": [
        {
          "id": "myofascial-release",
          "name": "Myofascial release",
          "description": "Slow strokes without oil that work the fascia, the thin sheath around your muscles, easing it out so deeper work can follow.",
          "targets": [
            "hamstrings",
            "quadriceps",
            "calves",
            "glutes",
            "back"
          ]
        },
        {
          "id": "trigger-point",
          "name": "Trigger point therapy",
          "description": "The therapist holds steady pressure with a finger or elbow on a tender knot until the pain fades. Not comfortable, but it often frees up a tight spot.",
          "targets": [
            "calves",
            "glutes",
            "hamstrings",
            "quadriceps"
          ]
        },
        {
          "id": "pin-and-stretch",
          "name": "Pin and stretch",
          "description": "The therapist pins a muscle near one end while you tighten it, then glides firmly along it as it lengthens, working through knots on the way.",
          "targets": [
            "hamstrings",
            "calves",
            "quadriceps",
            "hip flexors"
          ]
        }
      ]
    },
    {
      "id": "deep-tissue",
      "name": "Deep tissue massage",
      "purpose": "Works down through the muscle layers to release deep tightness, though it may leave you sore the next day.",
      "timing": "Book it on a rest day one or two days after a run, never the day before one, nor 2 days or less before a long run or hard session. Keep it clear of races: none when a race of up to 10 km is 2 days away or less, one up to a half marathon 3, a marathon or a race of unknown distance 4, an ultra 6; after the race, wait 1 day (up to 10 km, or unknown distance), 2 (up to a half), 3 (a marathon) or 4 (an ultra).",
      "minutes": {
        "min": 45,
        "max": 90
      },
      "techniques": [
        {
          "id": "stripping",
          "name": "Stripping",
          "description": "Slow, deep strokes along the length of the muscle fibres, working from surface layers down to release stubborn tightness.",
          "targets": [
            "hamstrings",
            "quadriceps",
            "calves",
            "glutes"
          ]
        },
        {
          "id": "cross-fibre-friction",
          "name": "Cross-fibre friction",
          "description": "Firm rubbing across the grain of a muscle or tendon to break up adhesions and tight bands in hard-working areas.",
          "targets": [
            "calves",
            "hamstrings",
            "quadriceps",
            "knees"
          ]
        },
        {
          "id": "compression",
          "name": "Sustained compression",
          "description": "Steady, deep pressure held on one area of muscle so it can let go of tension it has been holding.",
          "targets": [
            "glutes",
            "hamstrings",
            "quadriceps",
            "calves",
            "back"
          ]
        }
      ]
    },
    {
      "id": "swedish",
      "name": "Swedish massage",
      "purpose": "A gentle, relaxing session that helps you sleep and should not leave you sore in the morning.",
      "timing": "Book it the day before a run, and it is the right choice on the eve of a long run or race.",
      "minutes": {
        "min": 45,
        "max": 60
      },
      "techniques": [
        {
          "id": "effleurage",
          "name": "Effleurage",
          "description": "Light, flowing strokes that glide along your muscles at an even rhythm. Calming and gentle, so you wake up without soreness.",
          "targets": [
            "legs",
            "back",
            "glutes"
          ]
        },
        {
          "id": "petrissage",
          "name": "Petrissage",
          "description": "Soft kneading and lifting of the muscle, a bit like working dough. It relaxes tired legs and is unlikely to leave them sore.",
          "targets": [
            "quadriceps",
            "hamstrings",
            "calves",
            "glutes"
          ]
        }
      ]
    }
  ]
}
>>> stderr
>>> exit 0
