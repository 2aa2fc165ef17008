café = 1
ﬁle = 2
ℌ = 3
xᵢ = 4
日本 = 5
print(café, file, H, xi, 日本)
