// Building a schedule: one sweep over the days plans each with the rules, then suggestions.
#include "runmassage/schedule.hpp"

#include <algorithm>

#include "runmassage/error.hpp"

namespace runmassage {
namespace {

// Everything the workouts say about one date.
struct DayFacts {
  Date date;
  Training training = Training::none;
  bool long_run = false;
  int metres = 0;
  std::vector<std::string> titles;
};

// Workouts grouped by date, in date order; the strongest training of the day wins.
std::vector<DayFacts> group_by_day(std::vector<Workout> workouts) {
  std::stable_sort(workouts.begin(), workouts.end(),
                   [](const Workout& a, const Workout& b) { return a.date < b.date; });
  std::vector<DayFacts> days;
  for (auto& workout : workouts) {
    if (days.empty() || days.back().date != workout.date)
      days.push_back({workout.date, {}, {}, {}, {}});
    DayFacts& day = days.back();
    day.training = std::max(day.training, workout.training);
    if (workout.training == Training::run) {
      day.long_run = day.long_run || workout.long_run;
      day.metres = std::max(day.metres, workout.metres);
    }
    if (!workout.title.empty() &&
        std::find(day.titles.begin(), day.titles.end(), workout.title) == day.titles.end()) {
      day.titles.push_back(std::move(workout.title));
    }
  }
  return days;
}

// The week's long run: a run titled as one, else the longest by distance, else the last run;
// ties go to the later day. Nullopt for a week without runs.
std::optional<Date> long_run_of(const std::vector<const DayFacts*>& runs) {
  const DayFacts* best = nullptr;
  auto rank = [](const DayFacts& day) { return std::make_pair(day.long_run, day.metres); };
  for (const DayFacts* day : runs) {
    if (best == nullptr || rank(*day) >= rank(*best)) best = day;
  }
  if (best == nullptr) return std::nullopt;
  return best->date;
}

// Greedy choice of suggested bookings over the planned days; see docs/week.md.
class Suggester {
 public:
  Suggester(const SuggestionSettings& settings, Date start,
            const std::vector<std::optional<std::size_t>>& recommended)
      : settings_(settings),
        start_(start),
        recommended_(recommended),
        taken_(recommended.size(), false),
        per_week_((recommended.size() + 6) / 7, 0) {}

  // Tries the pick's window around `anchor`; takes the first day that fits.
  void offer(std::size_t pick_index, Date anchor) {
    const SuggestionPick& pick = settings_.picks[pick_index];
    const int step = pick.to >= pick.from ? 1 : -1;
    for (int offset = pick.from;; offset += step) {
      const int index = days_between(start_, anchor) + offset;
      if (fits(index, pick.massage)) {
        auto i = static_cast<std::size_t>(index);
        taken_[i] = true;
        ++per_week_[i / 7];
        chosen_.push_back({add_days(anchor, offset), pick_index, pick.massage});
        return;
      }
      if (offset == pick.to) return;
    }
  }

  std::vector<Suggestion> take() {
    std::sort(chosen_.begin(), chosen_.end(),
              [](const Suggestion& a, const Suggestion& b) { return a.date < b.date; });
    return std::move(chosen_);
  }

 private:
  [[nodiscard]] bool fits(int index, std::size_t massage) const {
    if (index < 0 || static_cast<std::size_t>(index) >= recommended_.size()) return false;
    auto i = static_cast<std::size_t>(index);
    if (recommended_[i] != massage || taken_[i]) return false;
    if (per_week_[i / 7] >= settings_.max_per_week) return false;
    const int gap = settings_.min_days_apart;
    for (int other = std::max(0, index - gap + 1);
         other < std::min(static_cast<int>(taken_.size()), index + gap); ++other) {
      if (taken_[static_cast<std::size_t>(other)]) return false;
    }
    return true;
  }

  const SuggestionSettings& settings_;
  Date start_;
  const std::vector<std::optional<std::size_t>>& recommended_;
  std::vector<bool> taken_;
  std::vector<int> per_week_;
  std::vector<Suggestion> chosen_;
};

}  // namespace

std::string_view training_name(Training training) {
  switch (training) {
    case Training::none: return "none";
    case Training::rest: return "rest";
    case Training::run: return "run";
    case Training::race: return "race";
  }
  return "none";
}

const DayPlan& Schedule::day(Date date) const {
  auto index = static_cast<std::size_t>(days_between(start, date));
  return weeks[index / 7].days[index % 7];
}

std::optional<std::size_t> recommended_massage(const Plan& plan, const RuleSet& rules) {
  if (!plan.decision.recommended_rule) return std::nullopt;
  return rules.rules()[*plan.decision.recommended_rule].massage;
}

Date start_of_week(Date day, date::weekday first) {
  const date::sys_days days{day};
  return Date{days - (date::weekday{days} - first)};
}

std::vector<Workout> every_week(date::weekday weekday, Date from, Date to, Training training) {
  std::vector<Workout> out;
  const date::sys_days first =
      date::sys_days{from} + (weekday - date::weekday{date::sys_days{from}});
  for (date::sys_days day = first; day <= date::sys_days{to}; day += date::days{7}) {
    Workout workout;
    workout.date = Date{day};
    workout.training = training;
    out.push_back(std::move(workout));
  }
  return out;
}

Schedule build_schedule(const RuleSet& rules, const SuggestionSettings& settings,
                        const ScheduleRequest& request) {
  if (request.weeks < 1 || request.weeks > max_weeks) {
    throw UsageError("a schedule covers 1 to " + std::to_string(max_weeks) + " weeks, not " +
                     std::to_string(request.weeks));
  }
  const int day_count = request.weeks * 7;
  if (date::sys_days{request.start} + date::days{day_count - 1} >
      date::sys_days{Date{date::year{9999}, date::December, date::day{31}}}) {
    throw UsageError("the schedule would run past the year 9999");
  }
  if (request.start.year() < date::year{1}) {
    throw UsageError("the schedule would start before the year 1");
  }
  const std::vector<DayFacts> facts = group_by_day(request.workouts);
  std::vector<Date> runs;
  std::vector<Date> races;
  for (const auto& day : facts) {
    if (day.training == Training::run) runs.push_back(day.date);
    if (day.training == Training::race) races.push_back(day.date);
  }
  if (runs.empty() && races.empty()) throw UsageError("no run or race to plan around");

  Schedule schedule;
  schedule.start = request.start;
  schedule.end = add_days(request.start, day_count - 1);
  std::vector<DayPlan> days;
  days.reserve(static_cast<std::size_t>(day_count));
  std::vector<std::optional<std::size_t>> recommended;
  recommended.reserve(days.capacity());
  std::vector<std::vector<const DayFacts*>> week_runs(static_cast<std::size_t>(request.weeks));

  // One sweep: the cursors only move forward, so the cost is linear in days and workouts.
  std::size_t runs_so_far = 0;   // runs on or before the day
  std::size_t races_before = 0;  // races strictly before the day
  std::size_t facts_so_far = 0;  // grouped days before the day
  for (int i = 0; i < day_count; ++i) {
    const Date today = add_days(request.start, i);
    while (runs_so_far < runs.size() && runs[runs_so_far] <= today) ++runs_so_far;
    while (races_before < races.size() && races[races_before] < today) ++races_before;
    while (facts_so_far < facts.size() && facts[facts_so_far].date < today) ++facts_so_far;

    // The same question `plan` answers, with the same meaning of last and next: a run today
    // is both, a race today is ahead. Only the nearest race on each side can matter.
    PlanRequest question;
    question.today = today;
    if (runs_so_far > 0) question.last_run = runs[runs_so_far - 1];
    const std::size_t next =
        (runs_so_far > 0 && runs[runs_so_far - 1] == today) ? runs_so_far - 1 : runs_so_far;
    if (next < runs.size()) question.next_run = runs[next];
    if (races_before > 0) question.races.push_back(races[races_before - 1]);
    if (races_before < races.size()) question.races.push_back(races[races_before]);

    DayPlan day;
    day.plan = make_plan(rules, question);
    if (facts_so_far < facts.size() && facts[facts_so_far].date == today) {
      const DayFacts& known = facts[facts_so_far];
      day.training = known.training;
      day.titles = known.titles;
      if (known.training == Training::run) {
        week_runs[static_cast<std::size_t>(i / 7)].push_back(&known);
      }
    }
    recommended.push_back(recommended_massage(day.plan, rules));
    days.push_back(std::move(day));
  }

  // Picks in priority order; within a pick, anchors in date order.
  Suggester suggester(settings, request.start, recommended);
  for (std::size_t pick = 0; pick < settings.picks.size(); ++pick) {
    if (settings.picks[pick].anchor == Anchor::race) {
      for (const Date& race : races) suggester.offer(pick, race);
    } else {
      for (const auto& runs_of_week : week_runs) {
        if (auto anchor = long_run_of(runs_of_week)) suggester.offer(pick, *anchor);
      }
    }
  }
  schedule.suggestions = suggester.take();
  for (std::size_t s = 0; s < schedule.suggestions.size(); ++s) {
    days[static_cast<std::size_t>(days_between(request.start, schedule.suggestions[s].date))]
        .suggested = s;
  }

  for (int w = 0; w < request.weeks; ++w) {
    WeekPlan week;
    week.start = add_days(request.start, w * 7);
    auto first = days.begin() + w * 7;
    week.days.assign(std::make_move_iterator(first), std::make_move_iterator(first + 7));
    schedule.weeks.push_back(std::move(week));
  }
  return schedule;
}

}  // namespace runmassage
