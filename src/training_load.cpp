// The impulse-response arithmetic behind fatigue, fitness and form.
#include "runmassage/training_load.hpp"

#include <algorithm>
#include <cmath>

#include "runmassage/error.hpp"

namespace runmassage {

TrimpConstants trimp_constants(Sex sex) {
  switch (sex) {
    case Sex::male: return {0.64, 1.92};
    case Sex::female: return {0.86, 1.67};
  }
  return {0.64, 1.92};
}

std::optional<double> banister_trimp(double minutes, double avg_hr, const HeartRateProfile& heart) {
  if (!(heart.rest_hr > 0) || !(heart.max_hr > heart.rest_hr) || !(minutes >= 0) ||
      !std::isfinite(avg_hr)) {
    return std::nullopt;
  }
  double reserve = std::clamp((avg_hr - heart.rest_hr) / (heart.max_hr - heart.rest_hr), 0.0, 1.0);
  TrimpConstants k = trimp_constants(heart.sex);
  return minutes * reserve * k.a * std::exp(k.b * reserve);
}

std::optional<double> session_load(const Activity& activity,
                                   const std::optional<HeartRateProfile>& heart,
                                   const LoadFactors& factors) {
  if (!activity.minutes) return std::nullopt;
  if (heart && activity.avg_hr) {
    if (auto trimp = banister_trimp(*activity.minutes, *activity.avg_hr, *heart)) return trimp;
  }
  double per_minute = factors.other_per_minute;
  if (activity.sport == Sport::run) {
    auto found = factors.kind_per_minute.find(activity.kind);
    per_minute = found != factors.kind_per_minute.end() ? found->second : factors.run_per_minute;
  }
  return *activity.minutes * per_minute;
}

std::vector<DailyLoad> daily_loads(const std::vector<Activity>& activities,
                                   const std::optional<HeartRateProfile>& heart,
                                   const LoadFactors& factors) {
  std::map<date::sys_days, double> by_day;
  for (const Activity& activity : activities) {
    by_day[date::sys_days{activity.day}] += session_load(activity, heart, factors).value_or(0);
  }
  std::vector<DailyLoad> out;
  out.reserve(by_day.size());
  for (const auto& [day, load] : by_day) out.push_back(DailyLoad{Date{day}, load});
  return out;
}

std::vector<LoadDay> load_series(const std::vector<DailyLoad>& daily, Date through,
                                 const LoadModel& model) {
  if (model.acute_days < 1 || model.chronic_days < 1) {
    throw UsageError("training load time constants must be 1 day or more");
  }
  std::map<date::sys_days, double> by_day;
  for (const DailyLoad& entry : daily) {
    if (date::sys_days{entry.day} <= date::sys_days{through}) {
      by_day[date::sys_days{entry.day}] += entry.load;
    }
  }
  std::vector<LoadDay> out;
  if (by_day.empty()) return out;
  double acute_lambda = 1 - std::exp(-1.0 / model.acute_days);
  double chronic_lambda = 1 - std::exp(-1.0 / model.chronic_days);
  double acute = 0;
  double chronic = 0;
  date::sys_days last{through};
  for (date::sys_days day = by_day.begin()->first; day <= last; day += date::days{1}) {
    LoadDay state;
    state.day = Date{day};
    auto found = by_day.find(day);
    state.load = found != by_day.end() ? found->second : 0.0;
    state.form = chronic - acute;  // the day before's, so today's session does not count yet
    acute += acute_lambda * (state.load - acute);
    chronic += chronic_lambda * (state.load - chronic);
    state.acute = acute;
    state.chronic = chronic;
    if (chronic > 0) state.ratio = acute / chronic;
    out.push_back(state);
  }
  return out;
}

std::optional<LoadDay> load_on(const std::vector<DailyLoad>& daily, Date day,
                               const LoadModel& model) {
  std::vector<LoadDay> series = load_series(daily, day, model);
  if (series.empty() || static_cast<int>(series.size()) < model.min_history_days) {
    return std::nullopt;
  }
  return series.back();
}

}  // namespace runmassage
