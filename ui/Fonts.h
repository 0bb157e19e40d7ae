#pragma once

namespace caseloop {

// Names the CJK families explicitly (Microsoft YaHei, Noto Sans CJK SC, WenQuanYi Micro Hei), so
// Simplified Chinese is drawn with Chinese glyph shapes on every system, not Noto Sans CJK JP.
void applyChineseFonts();

} // namespace caseloop
