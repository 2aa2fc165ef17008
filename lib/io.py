"""The io module: streams for text and binary data.

The concrete streams (FileIO, BufferedReader/Writer/Random, TextIOWrapper,
StringIO, BytesIO) and open() are native, from _io. The abstract bases
IOBase, RawIOBase, BufferedIOBase and TextIOBase are written here: they give
Python subclasses the default behaviour of each layer, and the native types
are registered as their virtual subclasses, as in CPython.
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

import _io
from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, FileIO, BytesIO,
                 StringIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, text_encoding)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


class _IOBaseMeta(type):
    """A minimal ABCMeta: classes may register virtual subclasses, which
    issubclass() and isinstance() then accept (also for the bases of the
    class they are registered with)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._virtual_subclasses = []
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        cls._virtual_subclasses.append(subclass)
        return subclass

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for registered in cls._virtual_subclasses:
            if issubclass(subclass, registered):
                return True
        for sub in type.__subclasses__(cls):
            if issubclass(subclass, sub):
                return True
        return False

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))


def _unsupported(name):
    raise UnsupportedOperation(name)


class IOBase(metaclass=_IOBaseMeta):
    """The abstract base class for all I/O classes."""

    __closed = False

    # ---- positioning ----

    def seek(self, pos, whence=0):
        """Change the stream position to the given byte offset."""
        _unsupported("seek")

    def tell(self):
        """Return an int indicating the current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate file to size bytes."""
        _unsupported("truncate")

    # ---- flushing and closing ----

    def flush(self):
        """Flush write buffers, if applicable."""
        self._checkClosed()

    def close(self):
        """Flush and close the IO object."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        """closed: bool.  True iff the file has been closed."""
        return self.__closed

    # ---- capabilities ----

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    # ---- context manager and iteration ----

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        """Returns underlying file descriptor if one exists."""
        _unsupported("fileno")

    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read and return a line of bytes from the stream."""
        if size is None:
            size = -1
        res = bytearray()
        while size < 0 or len(res) < size:
            b = self.read(1)
            if not b:
                break
            res += b
            if res.endswith(b"\n"):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines from the stream."""
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to the stream."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        """Read and return up to size bytes."""
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        """Read until EOF, using multiple read() call."""
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        """Read bytes into a pre-allocated bytes-like object b."""
        _unsupported("readinto")

    def write(self, b):
        """Write the given buffer to the IO stream."""
        _unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""

    def read(self, size=-1):
        """Read and return up to size bytes."""
        _unsupported("read")

    def read1(self, size=-1):
        """Read up to size bytes with at most one read() system call."""
        _unsupported("read1")

    def readinto(self, b):
        """Read bytes into a pre-allocated bytes-like object b."""
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        """Write the given bytes buffer to the IO stream."""
        _unsupported("write")

    def detach(self):
        """Separate the underlying raw stream from the buffer and return it."""
        _unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        """Read at most size characters from stream."""
        _unsupported("read")

    def write(self, s):
        """Write string s to stream and returning an int."""
        _unsupported("write")

    def truncate(self, pos=None):
        """Truncate size to pos, where pos is an int."""
        _unsupported("truncate")

    def readline(self):
        """Read until newline or EOF."""
        _unsupported("readline")

    def detach(self):
        """Separate the underlying buffer from the TextIOBase and return it."""
        _unsupported("detach")

    @property
    def encoding(self):
        """Subclasses should override."""
        return None

    @property
    def newlines(self):
        """Line endings translated so far."""
        return None

    @property
    def errors(self):
        """The error setting of the decoder or encoder."""
        return None


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer object together (for sockets and pipes)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


RawIOBase.register(FileIO)
for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass

# The runtime's own sys.stdin/stdout/stderr are text streams too.
try:
    import sys as _sys
    TextIOBase.register(type(_sys.__stdout__))
    del _sys
except (ImportError, AttributeError):
    pass
