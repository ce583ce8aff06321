// Week renderings: the table fits 80 columns, Markdown is escaped, JSON has the documented shape;
// and --output's atomic writer.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <limits>
#include <sstream>

#include "catch.hpp"
#include "runmassage/atomic_file.hpp"
#include "runmassage/error.hpp"
#include "runmassage/file_io.hpp"
#include "runmassage/knowledge.hpp"
#include "runmassage/render_week.hpp"

using namespace runmassage;

namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

Workout race_on(const char* iso, double km) {
  Workout race;
  race.date = day(iso);
  race.kind = WorkoutKind::race;
  race.km = km;
  return race;
}

Schedule race_week(const Knowledge& k, std::optional<Date> book_from = std::nullopt) {
  ScheduleRequest request;
  request.book_from = book_from;
  request.start = day("2024-04-29");
  Workout run;
  run.date = day("2024-04-22");
  request.workouts = every_week(date::Saturday, day("2024-04-22"), day("2024-05-12"), run);
  Workout race = race_on("2024-05-04", 10);
  race.title = "Spring | 10K *fast*";
  request.workouts.push_back(race);
  request.budget = Budget{2, BudgetPeriod::week};
  return build_schedule(k.rules, k.suggestions, request);
}

std::string contents(const std::string& path) {
  return read_file(path, std::numeric_limits<std::size_t>::max());
}

}  // namespace

TEST_CASE("the week table fits 80 columns even with long names and reasons", "[render]") {
  Knowledge k = default_knowledge();
  k.catalogue.types[3].name = "Swedish massage with a very long clinic name";
  std::vector<Rule> rules = k.rules.rules();
  for (auto& rule : rules) {
    if (rule.id == "race-eve") rule.short_reason = "the race is tomorrow, so keep it gentle";
  }
  k.rules = RuleSet(std::move(rules));
  std::string text = week_to_text(race_week(k), k);
  std::istringstream lines(text);
  std::string line;
  int rows = 0;
  int friday_rows = 0;
  while (std::getline(lines, line)) {
    INFO(line);
    CHECK(line.size() <= 80);
    if (line.rfind("  * Fri 2024-05-03", 0) == 0) {
      CHECK(line == "  * Fri 2024-05-03                Swedish massage with a...   the race is");
      ++friday_rows;
    }
    ++rows;
  }
  CHECK(friday_rows == 1);
  CHECK(rows > 10);
  CHECK(text.find("\033[") == std::string::npos);
  CHECK(week_to_text(race_week(k), k, Colour::on).find("\033[1;32m*\033[0m") != std::string::npos);
}

TEST_CASE("a wider table gives the reasons room; the suggestions still wrap at 80", "[render]") {
  Knowledge k = default_knowledge();
  std::vector<Rule> rules = k.rules.rules();
  for (auto& rule : rules) {
    if (rule.id == "race-eve") rule.short_reason = "the race is tomorrow, so keep it gentle";
  }
  k.rules = RuleSet(std::move(rules));
  const Schedule schedule = race_week(k);
  const std::string friday = "  * Fri 2024-05-03                Swedish massage            ";
  const std::string wide = week_to_text(schedule, k, Colour::off, 100);
  CHECK(wide.find("\n" + friday + "the race is tomorrow, so keep it gentle\n") !=
        std::string::npos);
  // 99 columns leave the reason's last word for a line of its own, within its column.
  const std::string just_under = week_to_text(schedule, k, Colour::off, 99);
  CHECK(just_under.find("\n" + friday + "the race is tomorrow, so keep it\n" +
                        std::string(friday.size(), ' ') + "gentle\n") != std::string::npos);
  // Under 80 columns, and 0 (a pipe), are the 80-column table.
  CHECK(week_to_text(schedule, k, Colour::off, 40) == week_to_text(schedule, k));
  CHECK(week_to_text(schedule, k, Colour::off, 0) == week_to_text(schedule, k));
  // The suggestions under the table are prose: they wrap at 80 whatever the width.
  auto longest_suggestion = [](const std::string& text) {
    std::istringstream lines(text);
    std::string line;
    std::size_t longest = 0;
    bool in_suggestions = false;
    while (std::getline(lines, line)) {
      if (line.find("Suggested:") != std::string::npos) in_suggestions = true;
      if (line.rfind("Week ", 0) == 0) in_suggestions = false;
      if (in_suggestions) longest = std::max(longest, line.size());
    }
    return longest;
  };
  CHECK(longest_suggestion(wide) == 79);
  CHECK(longest_suggestion(week_to_text(schedule, k)) == 79);
  CHECK(longest_suggestion(week_to_text(schedule, k, Colour::off, 200)) == 79);
}

TEST_CASE("a week without a booking says whether it has gone by", "[render]") {
  const Knowledge k = default_knowledge();
  // Booking from the Sunday that ends the week: the day after the race is still ahead.
  const Schedule last_day = race_week(k, day("2024-05-05"));
  REQUIRE(last_day.suggestions.size() == 1);
  CHECK(last_day.suggestions[0].date == day("2024-05-05"));
  CHECK(k.suggestions.picks[last_day.suggestions[0].pick].id == "race-recovery");
  // From the next Monday, the week is past.
  const Schedule past = race_week(k, day("2024-05-06"));
  CHECK(past.suggestions.empty());
  CHECK(week_to_text(past, k).find("\n  This week is past: nothing to book.\n") !=
        std::string::npos);
  CHECK(week_to_markdown(past, k).find("\nThis week is past: nothing to book.\n") !=
        std::string::npos);
  // The same week with nothing booked, seen on its last day: not past yet.
  Schedule last_day_unbooked = past;
  last_day_unbooked.book_from = day("2024-05-05");
  CHECK(week_to_text(last_day_unbooked, k).find("\n  No booking suggested this week.\n") !=
        std::string::npos);
  CHECK(week_to_markdown(last_day_unbooked, k).find("\nNo booking suggested this week.\n") !=
        std::string::npos);
}

TEST_CASE("a workout too long for its column is cut with dots, and styled as a race", "[render]") {
  const Knowledge k = default_knowledge();
  ScheduleRequest request;
  request.start = day("2024-04-29");
  Workout race = race_on("2024-05-04", 160.9);
  race.distance_label = "100 miles";
  request.workouts.push_back(race);
  const Schedule schedule = build_schedule(k.rules, k.suggestions, request);
  const std::string row = "    Sat 2024-05-04 race: 100 m...";
  const std::string plain = week_to_text(schedule, k);
  CHECK(plain.find("\n" + row + " Sports massage, pre-event") != std::string::npos);
  const std::string coloured = week_to_text(schedule, k, Colour::on);
  CHECK(coloured.find("\n    Sat 2024-05-04 \033[1;33mrace: 100 m...\033[0m Sports") !=
        std::string::npos);
}

TEST_CASE("Markdown cells are escaped; JSON has the documented keys", "[render]") {
  const Knowledge k = default_knowledge();
  const Schedule schedule = race_week(k);
  std::string markdown = week_to_markdown(schedule, k);
  CHECK(markdown.find("| Sat | 2024-05-04 | race: 10 km | Spring \\| 10K \\*fast\\* | "
                      "Sports massage, pre-event | run today |  |") != std::string::npos);
  // A title's line break or escape sequence cannot break the row or reach the terminal.
  Schedule hostile = schedule;
  hostile.weeks[0].days[5].titles = {"Easy run\n## Injected\x1b[31m"};
  const std::string hostile_markdown = week_to_markdown(hostile, k);
  CHECK(hostile_markdown.find("| race: 10 km | Easy run \\#\\# Injected \\[31m | Sports") !=
        std::string::npos);
  CHECK(hostile_markdown.find('\x1b') == std::string::npos);

  auto json = week_to_json(schedule, k);
  CHECK(json["start"] == "2024-04-29");
  CHECK(json["weeks"] == 1);
  REQUIRE(json["days"].size() == 7);
  const auto& saturday = json["days"][5];
  std::vector<std::string> keys;
  for (const auto& item : saturday.items()) keys.push_back(item.key());
  CHECK(keys == std::vector<std::string>{"date", "weekday", "run", "race", "training", "workouts",
                                         "workout", "recommended", "avoid", "rules", "suggested"});
  CHECK(saturday["run"] == true);
  CHECK(saturday["race"] == true);
  CHECK(saturday["recommended"]["id"] == "sports-pre");
  CHECK(saturday["workout"]["kind"] == "race");
  CHECK(saturday["workout"]["km"] == 10);
  CHECK(saturday["workout"]["title"] == "Spring | 10K *fast*");
  CHECK(saturday["workout"]["date"] == "2024-05-04");
  CHECK(json["days"][4]["suggested"]["pick"] == "race-eve");
  CHECK(json["days"][3]["suggested"] == nullptr);
  CHECK(json["suggestions"][0]["pick"] == "race-eve");
  CHECK(json["schema"] == "runmassage/week/v2");
}

TEST_CASE("a week's day has plan's shapes for the massage, the avoidances and the rules",
          "[render]") {
  const Knowledge k = default_knowledge();
  const Schedule schedule = race_week(k);
  const auto json = week_to_json(schedule, k);
  std::size_t index = 0;
  for (const auto& week : schedule.weeks) {
    for (const auto& day : week.days) {
      const auto plan = plan_to_json(day.plan, k);
      const auto& shown = json["days"][index++];
      INFO(shown["date"]);
      CHECK(shown["recommended"] == plan["recommended"]);
      CHECK(shown["avoid"] == plan["avoid"]);
      CHECK(shown["rules"] == plan["rules"]);
    }
  }
  CHECK(index == 7);
  // Friday, the race's eve: an avoidance is an object, as in plan.
  CHECK(json["days"][4]["avoid"][0]["id"] == "deep-tissue");
  CHECK(json["days"][4]["avoid"][0]["rule"] == "no-deep-tissue-within-a-day-of-a-run");
}

TEST_CASE("atomic writes replace whole files and leave nothing behind on failure", "[output]") {
  const std::string path = "atomic-write-test.txt";
  std::remove(path.c_str());
  write_file_atomically(path, "first\n");
  CHECK(contents(path) == "first\n");
  ::chmod(path.c_str(), 0640);
  write_file_atomically(path, "second\n");
  CHECK(contents(path) == "second\n");
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0640);  // the old file's mode is kept

  auto io_error = [](const std::string& target) -> std::string {
    try {
      write_file_atomically(target, "x");
    } catch (const IoError& e) {
      return e.what();
    }
    return "no error";
  };
  CHECK(io_error("no-such-directory/out.ics") ==
        "cannot write no-such-directory/out.ics: No such file or directory");
  CHECK(io_error(".") == "cannot write .: not a file name");
  ::mkdir("atomic-write-dir", 0755);
  CHECK(io_error("atomic-write-dir") == "cannot write atomic-write-dir: is a directory");
  ::rmdir("atomic-write-dir");
  std::remove(path.c_str());
}
