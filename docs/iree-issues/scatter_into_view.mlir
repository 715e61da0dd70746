module {
  func.func @main(%arg0: !torch.vtensor<[2,8,4],f32>, %arg1: !torch.vtensor<[1,4],f32>, %arg2: !torch.vtensor<[1],si64>) -> !torch.vtensor<[8,4],f32> attributes {torch.assume_strict_symbolic_shapes} {
    %int0 = torch.constant.int 0
    %int0_0 = torch.constant.int 0
    %0 = torch.aten.select.int %arg0, %int0, %int0_0 : !torch.vtensor<[2,8,4],f32>, !torch.int, !torch.int -> !torch.vtensor<[8,4],f32>
    %1 = torch.prim.ListConstruct %arg2 : (!torch.vtensor<[1],si64>) -> !torch.list<optional<vtensor>>
    %false = torch.constant.bool false
    %2 = torch.aten.index_put %0, %1, %arg1, %false : !torch.vtensor<[8,4],f32>, !torch.list<optional<vtensor>>, !torch.vtensor<[1,4],f32>, !torch.bool -> !torch.vtensor<[8,4],f32>
    return %2 : !torch.vtensor<[8,4],f32>
  }
}
