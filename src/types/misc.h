// Small built-in types: slice, range, set/frozenset entry points, cell helpers,
// frame objects, mappingproxy, SimpleNamespace.
#pragma once
#include "object/object.h"

namespace klass {

class VM;
struct Frame;
struct Dict;

struct Slice : Obj {
  Value start, stop, step;
};
Value make_slice(VM& vm, Value start, Value stop, Value step);
// Resolves a slice against a sequence length (slice.indices); false on error.
bool slice_indices(VM& vm, Slice* s, int64_t length, int64_t* start, int64_t* stop, int64_t* step, int64_t* count);
// slice.indices(length) for any int length: the resolved (start, stop, step) as ints.
bool slice_indices_big(VM& vm, Slice* s, Value length, Value* start, Value* stop, Value* step);

struct Range : Obj {
  Value start, stop, step, length;  // ints
};
// range(start, stop, step) from ints (step != 0, already checked).
Value make_range(VM& vm, Value start, Value stop, Value step);

struct MappingProxy : Obj {
  Value mapping;
};
Value make_mappingproxy(VM& vm, Value mapping);

struct FrameObject : Obj {
  Frame* live;            // the running frame, or null once it returned
  struct Code* code;
  Dict* globals;
  Dict* builtins;
  Value locals;           // mapping for f_locals once detached / for class bodies
  Value back;             // f_back once detached (frame object or None)
  int lasti;              // when detached
};
// The frame object of a running frame (made on first request).
Value frame_object(VM& vm, Frame* f);
// Called when a frame with an object ends: the object keeps what it needs.
void frame_object_detach(VM& vm, Frame* f);
// f_locals of a running function frame, as a fresh dict snapshot.
Value frame_locals(VM& vm, Frame* f);
int frame_lineno(FrameObject* fo);

void init_slice_type(VM& vm);
void init_range_type(VM& vm);
void init_mappingproxy_type(VM& vm);
void init_frame_type(VM& vm);

}  // namespace klass
