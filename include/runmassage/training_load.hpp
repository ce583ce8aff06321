// Training load: Banister TRIMP per session, daily sums, fatigue (ATL), fitness (CTL), form.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "runmassage/activity.hpp"
#include "runmassage/date.hpp"

namespace runmassage {

/// The athlete's sex, which picks the TRIMP constants.
enum class Sex { male, female };

/// What TRIMP needs to know about the athlete's heart.
struct HeartRateProfile {
  double rest_hr = 0;  ///< resting heart rate, bpm
  double max_hr = 0;   ///< maximum heart rate, bpm (more than rest_hr)
  Sex sex = Sex::male;
};

/// Banister's weighting: TRIMP = minutes × HRr × a × e^(b·HRr).
struct TrimpConstants {
  double a = 0;
  double b = 0;
};

/// a = 0.64, b = 1.92 for men; a = 0.86, b = 1.67 for women.
TrimpConstants trimp_constants(Sex sex);

/// Banister TRIMP of `minutes` at average heart rate `avg_hr`: HRr = (avg − rest) / (max −
/// rest), held within 0..1. nullopt unless max_hr > rest_hr > 0 and minutes >= 0.
std::optional<double> banister_trimp(double minutes, double avg_hr, const HeartRateProfile& heart);

/// Load per minute for sessions without heart rate, by kind ("easy", "long", "hard",
/// "race", …); loaded from data by the caller.
struct LoadFactors {
  double run_per_minute = 0;                                   ///< a run whose kind is not listed
  double other_per_minute = 0;                                 ///< any non-running activity
  std::map<std::string, double, std::less<>> kind_per_minute;  ///< runs of a listed kind
};

/// One session's load: TRIMP when it has minutes and an average heart rate and `heart` is
/// given; else minutes × the factor for its sport and kind; nullopt without minutes.
std::optional<double> session_load(const Activity& activity,
                                   const std::optional<HeartRateProfile>& heart,
                                   const LoadFactors& factors);

/// The load of one day, all sessions summed.
struct DailyLoad {
  Date day;
  double load = 0;
};

/// Each day with at least one activity and its summed session_load, oldest first.
std::vector<DailyLoad> daily_loads(const std::vector<Activity>& activities,
                                   const std::optional<HeartRateProfile>& heart,
                                   const LoadFactors& factors);

/// Time constants of the fatigue/fitness model, in days.
struct LoadModel {
  int acute_days = 7;        ///< N for fatigue (ATL)
  int chronic_days = 42;     ///< N for fitness (CTL)
  int min_history_days = 7;  ///< fewer days of history than this and there are no facts
};

/// What data/workouts.json's "load" section says: the per-minute factors and the time constants.
struct LoadSettings {
  LoadFactors factors;
  LoadModel model;
};

/// The model's state at the end of one day.
struct LoadDay {
  Date day;
  double load = 0;     ///< that day's load
  double acute = 0;    ///< ATL: each day ATL += λ·(load − ATL), λ = 1 − e^(−1/acute_days)
  double chronic = 0;  ///< CTL: the same with chronic_days
  double form = 0;     ///< CTL − ATL at the end of the day before
  std::optional<double> ratio;  ///< ATL / CTL; nullopt while CTL is 0
};

/// Every day from the first day in `daily` through `through`, starting from ATL = CTL = 0
/// (days without activity count as load 0; loads after `through` are ignored). Empty when
/// there is no load on or before `through`. Throws UsageError for a time constant below 1.
std::vector<LoadDay> load_series(const std::vector<DailyLoad>& daily, Date through,
                                 const LoadModel& model);

/// The load facts on `day`: its LoadDay when the history reaches back at least
/// `model.min_history_days` days (counting `day` and the first day with load); else nullopt.
std::optional<LoadDay> load_on(const std::vector<DailyLoad>& daily, Date day,
                               const LoadModel& model);

}  // namespace runmassage
