if x:
  pass
else
