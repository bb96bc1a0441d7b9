// SPDX-License-Identifier: MIT
// A plain shared library with no Qt plugin metadata: the registry must refuse it without loading it.
extern "C" int al_test_not_a_plugin() {
    return 42;
}
