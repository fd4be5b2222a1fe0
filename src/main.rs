fn main() {
    std::process::exit(workout_tracker::main());
}
