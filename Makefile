# The two commands of the README, plus a few conveniences. Everything else is plain CMake.
#   make run    install missing packages, build, start Kimai Desk on the embedded demo server
#   make test   install missing packages, build, run the whole test suite headless

PRESET ?= dev
BUILD_DIR := build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all deps configure build run test bench fuzz asan package install clean

all: build

deps:
	@packaging/install-deps.sh --check >/dev/null 2>&1 || packaging/install-deps.sh
	@tests/contract/install-prism.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake --preset $(PRESET)

configure: deps
	cmake --preset $(PRESET)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/kimai-desk --demo

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

bench: deps
	cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DKD_BUILD_TESTS=ON -DKD_BUILD_BENCH=ON
	cmake --build build-bench -j $(JOBS) --target benchmarks
	tests/bench/run-benchmarks.sh build-bench

asan: deps
	cmake --preset asan
	cmake --build build-asan -j $(JOBS)
	ctest --preset asan -j $(JOBS)

fuzz: deps
	cmake --preset fuzz
	cmake --build build-fuzz -j $(JOBS) --target fuzzers
	tests/fuzz/run-fuzzers.sh build-fuzz $${FUZZ_SECONDS:-60}

package: deps
	cmake --preset release
	cmake --build build-release -j $(JOBS)
	cd build-release && cpack

install: build
	cmake --install $(BUILD_DIR)

clean:
	rm -rf build build-asan build-fuzz build-release build-bench
