// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcEngine, "proclab.engine", QtInfoMsg)
