// SPDX-License-Identifier: MIT
#pragma once
// Placeholder: the SQLite CREATE TABLE reader is being written.
namespace sm {
}
