// The Indonesian words for a verdict's status and a report's admissibility,
// shared by the text verdict (which writes the status in capitals) and CSV
// with `--labels id`.
#pragma once

#include "netral/verdict.hpp"

namespace netral {

inline const char* status_words(VerdictStatus status) {
    switch (status) {
        case VerdictStatus::violation: return "pelanggaran";
        case VerdictStatus::no_violation: return "tidak ada pelanggaran";
        case VerdictStatus::insufficient: return "fakta belum cukup";
        case VerdictStatus::out_of_scope: return "di luar cakupan";
        case VerdictStatus::invalid: return "laporan tidak dapat dibaca";
    }
    return "";
}

inline const char* admissibility_words(AdmissibilityOutcome outcome) {
    switch (outcome) {
        case AdmissibilityOutcome::not_assessed: return "tidak dinilai";
        case AdmissibilityOutcome::registrable: return "dapat diregistrasi";
        case AdmissibilityOutcome::incomplete: return "belum lengkap";
        case AdmissibilityOutcome::inadmissible: return "tidak memenuhi syarat";
        case AdmissibilityOutcome::late: return "melewati batas waktu";
    }
    return "";
}

// A level's words when the verdict has no sanction (the standard pack's
// title of its `none` level).
inline constexpr const char* no_sanction_words = "Tidak ada sanksi";

}  // namespace netral
