// SPDX-License-Identifier: MIT
#include "CreateTableReader.h"
