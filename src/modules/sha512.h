// SHA-512 (FIPS 180-4). random.seed() of a str or bytes mixes in the
// string's SHA-512 digest, exactly as CPython does, so that seeded sequences
// match; a future hashlib can share this.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>

namespace klass {

class Sha512 {
 public:
  static constexpr size_t kDigestSize = 64;
  Sha512();
  void update(std::string_view data);
  // The digest of everything given so far (the object may go on being updated).
  std::array<uint8_t, kDigestSize> digest() const;

 private:
  void compress(const uint8_t* block);
  uint64_t h_[8];
  uint8_t buffer_[128];
  size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;  // messages past 2**61 bytes are not a concern
};

}  // namespace klass
