// Struct sequences: the named tuples native modules return (time.struct_time,
// os.stat_result). An instance is a real tuple of the first `n_in_sequence`
// fields (indexing, len(), unpacking, comparison and hashing see only these);
// the remaining fields are attribute-only (struct_time.tm_zone,
// stat_result.st_mtime_ns). All fields are read-only attributes.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Type;

struct StructSeqField {
  // Attribute name; null for an unnamed sequence item (stat_result's integer
  // times), which is still shown in the repr under `repr_name`.
  const char* name;
  const char* repr_name = nullptr;
  // For an attribute-only field left out when the type is called from
  // Python: the sequence item it copies (-1: None), as stat_result's float
  // times copy the integer ones.
  int default_from = -1;
};

struct StructSeqDesc {
  const char* module;  // "time"
  const char* name;    // "struct_time"
  const char* doc;
  const StructSeqField* fields;  // n_fields entries, the sequence items first
  int n_in_sequence;
  int n_fields;
};

// The type for `desc` in this VM (created on first use; desc must be static).
Type* structseq_type(VM& vm, const StructSeqDesc& desc);
// A new instance from `desc.n_fields` values (None for unknown ones).
Value make_structseq(VM& vm, const StructSeqDesc& desc, const Value* values);

}  // namespace klass
