// workouts.json: the words that name workouts (kinds, race distances, units) and the settings of
// the training-load estimate, read and validated.
#pragma once

#include "runmassage/data_file.hpp"
#include "runmassage/workout_words.hpp"

namespace runmassage {

/// The workout words in workouts.json; throws DataError naming the file and the JSON pointer.
WorkoutWords parse_workout_words(const DataFile& file);

}  // namespace runmassage
