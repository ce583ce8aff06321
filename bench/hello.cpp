// The start-up baseline: the smallest C++ program that prints, built like runmassage.
#include <iostream>

int main() { std::cout << "hello\n"; }
